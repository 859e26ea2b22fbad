// ELF e_machine values and the architecture names images use for them
// (https://github.com/opencontainers/image-spec/blob/v1.1.0/config.md#properties, which takes Go's
// GOARCH names). An architecture also runs the 32-bit programs listed with it where the kernel
// allows it (i386 on x86-64, arm on arm64), so those are not held against an image.

export const ELF_MACHINES: Readonly<Record<string, readonly number[]>> = {
  amd64: [62, 3],
  '386': [3],
  arm64: [183, 40],
  arm: [40],
  ppc64le: [21],
  ppc64: [21],
  s390x: [22],
  riscv64: [243],
  loong64: [258],
  mips: [8],
  mipsle: [8],
  mips64: [8],
  mips64le: [8],
};

/** The architecture name of an e_machine value, for messages. */
export function machineName(machine: number): string {
  const names: Record<number, string> = { 62: 'amd64', 3: '386', 183: 'arm64', 40: 'arm', 21: 'ppc64', 22: 's390x', 243: 'riscv64', 258: 'loong64', 8: 'mips' };
  return names[machine] ?? `ELF machine ${machine}`;
}
