// Contract of the schema layer (implemented under src/schema/). See the module docs below.
export {};
