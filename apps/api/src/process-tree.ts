/**
 * Processes as `ps` sees them (Linux and macOS alike): a process's children and whether a pid still
 * runs. Used by the lifecycle tests and the soak bench to find query processes left behind.
 */
import { execFileSync } from 'node:child_process';

/** Pids of the processes whose parent is `pid`. */
export function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number))
      .filter(([, parent]) => parent === pid)
      .map(([child]) => child!);
  } catch {
    return [];
  }
}

/** Whether `pid` is a running process (a zombie waiting to be reaped has ended). */
export function isRunning(pid: number): boolean {
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return state !== '' && !state.startsWith('Z');
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

/** Resident memory of a process in MB; 0 when it is gone. */
export function residentMb(pid: number): number {
  try {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
  } catch {
    return 0;
  }
}
