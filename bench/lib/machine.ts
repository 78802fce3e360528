import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Facts about the machine a bench ran on, printed next to every result. */
export interface MachineFacts {
  readonly cpuModel: string;
  readonly cores: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  readonly os: string;
  /** 1, 5 and 15 minute load averages when the facts were taken (other work on the box skews timings). */
  readonly loadAverage: readonly number[];
}

function distroName(): string | undefined {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const match = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text);
    return match?.[1];
  } catch {
    return undefined;
  }
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  const distro = distroName();
  const kernel = `${os.type()} ${os.release()} ${os.arch()}`;
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    os: distro === undefined ? kernel : `${distro} (${kernel})`,
    loadAverage: os.loadavg(),
  };
}

/** Markdown bullet list of the facts, one per line. Take the facts before measuring, not after. */
export function machineFactsMarkdown(facts: MachineFacts = machineFacts()): string {
  const gib = (facts.totalMemoryBytes / 1024 ** 3).toFixed(1);
  return [
    `- CPU: ${facts.cpuModel}`,
    `- Cores: ${facts.cores}`,
    `- Memory: ${gib} GiB`,
    `- Node: ${facts.node}`,
    `- OS: ${facts.os}`,
    `- Load average at start (1/5/15 min): ${facts.loadAverage.map((n) => n.toFixed(2)).join(' / ')}`,
  ].join('\n');
}
