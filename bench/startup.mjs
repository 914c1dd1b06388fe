// Start-up time of the CLI: `kliping --version` and `kliping lint` on one page, against the
// floor of `node -e 0`, as medians of interleaved runs (each round runs every command once,
// so that a busy moment of the machine falls on all of them alike). Quoted as ratios.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

function timeOnce(args, cwd) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - start));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Commands by name: the floor, then each build's --version and lint of one page. */
function commands(repo, compareBuild) {
  const page = join(repo, 'fixtures/katajari-seed-anjangsana.html');
  const list = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'kliping --version', args: [join(repo, 'bin/kliping.js'), '--version'] },
    { name: 'kliping lint one page', args: [join(repo, 'bin/kliping.js'), 'lint', page] },
  ];
  if (compareBuild) {
    list.push({ name: 'kliping@base --version', args: [join(compareBuild, 'bin/kliping.js'), '--version'] });
    list.push({ name: 'kliping@base lint one page', args: [join(compareBuild, 'bin/kliping.js'), 'lint', page] });
  }
  return list;
}

export async function measureStartup({ repo, compareBuild = null, runs = 15, warmup = 2 }) {
  const list = commands(repo, compareBuild);
  const times = list.map(() => []);
  for (let round = 0; round < warmup + runs; round++) {
    for (let i = 0; i < list.length; i++) {
      const ms = await timeOnce(list[i].args, repo);
      if (round >= warmup) times[i].push(ms);
    }
  }
  const floor = median(times[0]);
  return { runs, warmup, rows: list.map((c, i) => ({ name: c.name, medianMs: median(times[i]), ratioToNode: median(times[i]) / floor })) };
}

export function printStartup(result) {
  console.log('');
  console.log(`start-up, median of ${result.runs} interleaved runs after ${result.warmup} warm-up rounds (wall time of the whole process)`);
  console.log('');
  for (const r of result.rows) console.log(`  ${r.name.padEnd(28)} ${(r.medianMs / 1000).toFixed(3)} s   ×${r.ratioToNode.toFixed(2)} node -e 0`);
}
