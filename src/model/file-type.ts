import type { FileType } from '../bundle/rootfs.js';

const NAMES: Partial<Record<FileType, string>> = {
  file: 'regular file',
  dir: 'directory',
  symlink: 'symlink',
  fifo: 'FIFO',
  socket: 'socket',
  char: 'character device',
  block: 'block device',
};

/** How a finding names a kind of rootfs entry ("regular file", "FIFO", ...). */
export function fileTypeName(type: FileType | undefined): string {
  return (type !== undefined && NAMES[type]) || 'special file';
}
