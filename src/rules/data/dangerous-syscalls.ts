// Syscalls Docker's default seccomp profile only allows when the container holds the capability
// that gates them (or never allows), because they are the usual first step of an escape or a
// kernel exploit. Source: moby/moby profiles/seccomp/default.json (the `includes.caps` blocks and
// the syscalls absent from the allow list). `ptrace` is left out: moby allows it on kernels >= 4.8.

/** syscall name -> capability that makes allowing it expected ('' = none: never allowed). */
export const DANGEROUS_SYSCALLS: Readonly<Record<string, string>> = {
  mount: 'CAP_SYS_ADMIN',
  umount: 'CAP_SYS_ADMIN',
  umount2: 'CAP_SYS_ADMIN',
  unshare: 'CAP_SYS_ADMIN',
  setns: 'CAP_SYS_ADMIN',
  bpf: 'CAP_SYS_ADMIN',
  perf_event_open: 'CAP_SYS_ADMIN',
  open_by_handle_at: 'CAP_DAC_READ_SEARCH',
  init_module: 'CAP_SYS_MODULE',
  finit_module: 'CAP_SYS_MODULE',
  delete_module: 'CAP_SYS_MODULE',
  kexec_load: 'CAP_SYS_BOOT',
  kexec_file_load: 'CAP_SYS_BOOT',
  process_vm_readv: 'CAP_SYS_PTRACE',
  process_vm_writev: 'CAP_SYS_PTRACE',
  keyctl: '',
  add_key: '',
  request_key: '',
};

/** Extra capabilities that also justify a syscall (CAP_BPF for bpf, CAP_PERFMON for perf). */
export const ALTERNATIVE_CAPS: Readonly<Record<string, string>> = { bpf: 'CAP_BPF', perf_event_open: 'CAP_PERFMON' };
