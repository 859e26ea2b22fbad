import { defineRule, specUrl } from './api.js';
import { isBind, mounts } from '../model/mounts.js';
import { editDistance } from '../core/suggest.js';
import { didYouMean } from './util/fixes.js';

// config.md "POSIX-platform Mounts": on Linux `type` names a filesystem from /proc/filesystems.
// A name the kernel does not know fails the mount in runc 1.1.5 and crun 1.8.1 alike ("no such
// device"). ocilint cannot read the target host's /proc/filesystems, so it uses the filesystems
// Linux ships plus common out-of-tree ones; FUSE subtypes (fuse.*) are always accepted. A name
// one or two edits away from a known type is almost certainly a typo and says which was meant.
const KNOWN = new Set([
  // virtual and special
  'proc', 'sysfs', 'tmpfs', 'ramfs', 'devtmpfs', 'devpts', 'mqueue', 'cgroup', 'cgroup2', 'cpuset', 'hugetlbfs',
  'bpf', 'binfmt_misc', 'debugfs', 'tracefs', 'securityfs', 'configfs', 'pstore', 'efivarfs', 'selinuxfs',
  'fusectl', 'autofs', 'rpc_pipefs', 'nfsd', 'nsfs', 'sockfs', 'pipefs', 'overlay', 'fuse', 'fuseblk',
  'virtiofs', '9p', 'ceph', 'nfs', 'nfs4', 'cifs', 'smb3', 'afs', 'orangefs', 'gfs2', 'gfs2meta', 'ocfs2',
  'ocfs2_dlmfs', 'coda', 'dlmfs',
  // disk filesystems
  'ext2', 'ext3', 'ext4', 'xfs', 'btrfs', 'f2fs', 'jfs', 'reiserfs', 'vfat', 'msdos', 'fat', 'exfat', 'ntfs',
  'ntfs3', 'hfs', 'hfsplus', 'iso9660', 'udf', 'squashfs', 'erofs', 'cramfs', 'romfs', 'minix', 'nilfs2',
  'bcachefs', 'ufs', 'befs', 'qnx4', 'qnx6', 'omfs', 'sysv', 'efs', 'adfs', 'affs', 'hpfs', 'vxfs', 'zonefs',
  'jffs2', 'ubifs',
  // common out-of-tree filesystems and container helpers
  'zfs', 'aufs', 'shiftfs', 'lxcfs', 'none',
]);

const SUGGEST = ['proc', 'sysfs', 'tmpfs', 'devpts', 'mqueue', 'cgroup', 'cgroup2', 'overlay', 'bind', 'none', 'ext4', 'xfs', 'btrfs', 'nfs', 'nfs4', 'hugetlbfs', 'ramfs', 'squashfs', 'virtiofs'];

export default defineRule({
  meta: {
    id: 'mount-type-unknown',
    description: 'A mount type must be a filesystem the Linux kernel provides.',
    category: 'runtime',
    defaultSeverity: 'error',
    spec: { url: specUrl('config.md', 'configPOSIXMounts'), level: 'MUST' },
    platforms: ['linux'],
    suggests: 'for a near miss, the filesystem type it is close to.',
    messages: {
      typo: {
        headline: 'mounts[{{index}}].type "{{value}}" is not a Linux filesystem (close to "{{suggestion}}")',
        detail: 'The kernel does not know the name, so the mount fails with "no such device" in runc 1.1.5 and crun 1.8.1 alike.',
        help: 'Write "{{suggestion}}" if that is the filesystem meant.',
      },
      unknown: {
        headline: 'mounts[{{index}}].type "{{value}}" is not a filesystem Linux provides',
        detail: 'Unless the host has a module for it, the mount fails with "no such device" (runc 1.1.5 and crun 1.8.1 alike). ocilint cannot read the target host\'s /proc/filesystems: it knows the filesystems Linux ships and common out-of-tree ones, and accepts any FUSE subtype (fuse.*).',
        help: 'Use a filesystem type the host\'s kernel provides, as listed in its /proc/filesystems.',
      },
    },
  },
  reads: ['mounts'],
  check(ctx) {
    for (const m of mounts(ctx)) {
      // Bind mounts ignore the type; an empty or "bind" type is mount-bind-option's finding.
      if (m.type === undefined || m.type === '' || m.type === 'bind' || isBind(m) || !ctx.valid(m.node, 'type')) continue;
      const value = m.type;
      if (KNOWN.has(value) || /^fuse(blk)?\.[^\s]+$/.test(value)) continue;
      const near = SUGGEST.map((s) => ({ s, d: editDistance(value.toLowerCase(), s) })).sort((a, b) => a.d - b.d)[0];
      if (near && (near.d === 0 || (near.d <= 2 && value.length > 2))) {
        ctx.report({ messageId: 'typo', node: m.node, key: 'type', data: { index: m.index, value, suggestion: near.s }, suggestions: didYouMean(m.node, 'type', [near.s]) });
      } else {
        ctx.report({ messageId: 'unknown', node: m.node, key: 'type', data: { index: m.index, value } });
      }
    }
  },
});
