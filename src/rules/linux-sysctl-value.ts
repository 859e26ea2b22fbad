import { defineRule, specUrl } from './api.js';
import { isIpcSysctl, normalizeSysctl } from '../model/sysctls.js';

// linux.sysctl values are written as text to /proc/sys/<key>. Most namespaced sysctls are integers
// (or a few integers) that the kernel parses with proc_dointvec and its kin: whitespace-separated
// C integers in base 0 (decimal, 0x hex, 0 octal), with an optional minus sign. Anything else is
// EINVAL and fails create. Runtime oracle, runc 1.1.5 and crun 1.8.1, net.ipv4.ip_forward and
// others: "true", "1.0", "1x", "+1", "08", "1k" and "0,100" (ping_group_range) are refused;
// "0x1", " 1", "1 ", "1\n", "0X10" and "" are accepted. Which values are in range depends on
// the sysctl and is not judged here. Only sysctls known to hold integers are checked: those of
// the IPC namespace, fs.mqueue.*, user.* and the common net.* ones; net.* also has sysctls that
// hold names (tcp_congestion_control, default_qdisc) or lists (ip_local_reserved_ports).
const NET = [
  'net.core.netdev_max_backlog', 'net.core.somaxconn', 'net.unix.max_dgram_qlen',
  'net.ipv4.icmp_echo_ignore_all', 'net.ipv4.icmp_echo_ignore_broadcasts', 'net.ipv4.icmp_ratelimit',
  'net.ipv4.ip_forward', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.ping_group_range',
  'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes', 'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_max_syn_backlog', 'net.ipv4.tcp_max_tw_buckets', 'net.ipv4.tcp_mtu_probing', 'net.ipv4.tcp_retries2',
  'net.ipv4.tcp_rmem', 'net.ipv4.tcp_sack', 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_syn_retries',
  'net.ipv4.tcp_synack_retries', 'net.ipv4.tcp_syncookies', 'net.ipv4.tcp_timestamps', 'net.ipv4.tcp_tw_reuse',
  'net.ipv4.tcp_window_scaling', 'net.ipv4.tcp_wmem',
];
/** Per-interface settings (net.ipv4.conf.<all|default|interface>.<name>) that hold an integer. */
const CONF4 = new Set(['accept_redirects', 'accept_source_route', 'arp_announce', 'arp_filter', 'arp_ignore', 'forwarding', 'log_martians', 'promote_secondaries', 'route_localnet', 'rp_filter', 'send_redirects']);
const CONF6 = new Set(['accept_ra', 'accept_redirects', 'autoconf', 'disable_ipv6', 'forwarding']);
const INTEGERS = new Set(NET);

function holdsIntegers(key: string): boolean {
  if (INTEGERS.has(key) || isIpcSysctl(key) || key.startsWith('user.')) return true;
  const conf = /^net\.ipv([46])\.conf\.[^.]+\.([a-z0-9_]+)$/.exec(key);
  return conf !== null && (conf[1] === '4' ? CONF4 : CONF6).has(conf[2]!);
}

/** A token the kernel's integer parser takes: an optional minus, then a C integer in base 0. */
const INTEGER = /^-?(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;

export default defineRule({
  meta: {
    id: 'linux-sysctl-value',
    description: 'A linux.sysctl value for a sysctl that holds integers must be integers the kernel can parse.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config-linux.md', 'configLinuxSysctl'), level: 'MAY' },
    platforms: ['linux'],
    runtimeVersions: 'runc 1.1.5 and crun 1.8.1 (runtime oracle)',
    messages: {
      notInteger: {
        headline: 'linux.sysctl "{{key}}" is "{{value}}", which is not {{what}}',
        detail: 'The runtime writes the value to /proc/sys/{{path}}, and the kernel reads it as whitespace-separated integers (decimal, or 0x hex, or 0 octal): "{{token}}" is none, so the write fails with EINVAL and create fails.',
        help: 'Write {{what}}, such as "1"; separate several with spaces.',
        runtimes: { runc: 'refuses', crun: 'refuses' },
      },
    },
  },
  reads: ['linux.sysctl'],
  check(ctx) {
    const sysctl = ctx.config.linux?.sysctl;
    if (!sysctl) return;
    for (const [key, value] of Object.entries(sysctl)) {
      if (value === undefined || !holdsIntegers(normalizeSysctl(key))) continue;
      const tokens = value.split(/\s+/).filter((t) => t !== '');
      const token = tokens.find((t) => !INTEGER.test(t));
      if (token === undefined) continue;
      const what = tokens.length > 1 || /[,;]/.test(value) ? 'a list of integers' : 'an integer';
      ctx.report({ messageId: 'notInteger', node: sysctl, key, data: { key, value, what, token, path: key.replace(/\./g, '/') } });
    }
  },
});
