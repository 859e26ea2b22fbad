// The config's walk alongside the model (src/schema/events.ts), for field-version,
// unknown-property and linux-time-offsets: the keys the model does not know, and the fields and
// enum values that only some releases have, in document order.

import { modelEventsOf, type ModelEvents } from '../../schema/events.js';
import type { BundleFacts } from '../api.js';

export type { ModelEvents, UnknownEvent, VersionedEvent } from '../../schema/events.js';

/** The walk of the config as written (the document's own value: keys outside the typed view are its point). */
export function modelEvents(facts: BundleFacts): ModelEvents {
  return modelEventsOf(facts.doc.value);
}
