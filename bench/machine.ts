import { cpus, freemem, platform, release, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly freeMemoryGB: number;
  readonly os: string;
  readonly node: string;
  chromium: string | null;
  readonly loadAverage: string;
}

export async function machineInfo(): Promise<MachineInfo> {
  const { loadavg } = await import('node:os');
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGB: Math.round(freemem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: null,
    loadAverage: loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
  };
}
