/**
 * Built-in renderer benchmark (`npm run bench:render`; about a minute on an idle 2-core machine, not
 * part of `npm test`).
 *
 * 1. A ~20 s Hindi roast over a dev photo (darknet-dog-bicycle-truck.jpg, with the box the project's
 *    detector finds for the dog, test/unit/detection/pet-model.test.ts).
 * 2. A ~10 s roast over a 10 s 1920×1080 clip with sound, made here with ffmpeg from the same photo.
 *
 * For each: per-stage timings (ms), render_s (wall clock of renderRoastVideo), video_s, realtime_factor
 * = render_s / video_s, and peak_rss_mb = the peak of the summed RSS of this process and all its
 * descendants (ffmpeg, espeak-ng), polled from /proc every 50 ms. The 1-minute load average before and
 * after is printed too: the machine may be shared, and a busy machine makes every figure worse.
 * Targets (docs/renderer.md "Speed"): realtime_factor ≤ 0.5 (photo) and ≤ 1.0 (clip); peak RSS ≤ 1 GB.
 * Both renders run with everything on (karaoke captions, music `auto`, the `pet-maharaja` look, the opener
 * and an end card); the new stages show in the stage timings (`music`; the captions are inside `encode`;
 * `canvas` overlaps `speech`, and `music` + `soundtrack` overlap `encode`, then `mux` joins picture and
 * sound), and each render's
 * Lambda cost (GB-seconds at the render function's memory, dollars at the published x86 price).
 *
 * 3. The speech stage alone per speech provider (docs/voices.md): the Hindi script spoken by espeak-ng and
 *    by the SIMULATED Polly, Bhashini and Google endpoints (local/simulators/speech.ts, started here on
 *    loopback: their audio is espeak-ng, so the figures measure the port, the HTTP round trips, the
 *    word alignment and the simulators' own synthesis, not the real services' latency).
 *
 * Then one line `PASS: …` or `FAIL: …` comparing both renders with the targets (the exit code is 1 on FAIL),
 * with the load average: a shared machine makes the wall clock, and so the verdict, worse.
 * The last line of stdout is one JSON object: the photo figures at the top level, the clip's under `clip`,
 * the speech stage per provider under `speech_by_provider`, the `targets` and the `verdict`.
 * Env: PETS_EVAL_DIR (default ../shared/data/pets-eval).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRoastVideo, type BuiltinRenderInput } from '../lambdas/engines/renderer/index.js';
import { videoTitle } from '../lambdas/engines/writer/title.js';
import { createPollySpeechProvider, pollyClient } from '../lambdas/adapters/polly-tts.js';
import { createBhashiniSpeechProvider } from '../lambdas/engines/speech/bhashini.js';
import { createEspeakSpeechProvider } from '../lambdas/engines/speech/espeak.js';
import { createGoogleSpeechProvider } from '../lambdas/engines/speech/google.js';
import { SpeechService } from '../lambdas/engines/speech/service.js';
import type { SpeechProvider } from '../lambdas/engines/speech/types.js';
import { BHASHINI_TTS_CONFIG_PATH, startBhashiniTtsSimulator, startGoogleTtsSimulator, startPollySimulator } from '../local/simulators/speech.js';
import { RENDERER_MEMORY_MB } from '../lib/constructs/renderer.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const evalDir = path.resolve(process.env.PETS_EVAL_DIR ?? path.join(here, '..', '..', 'shared', 'data', 'pets-eval'));
const PHOTO = path.join(evalDir, 'darknet-dog-bicycle-truck.jpg');
/** The dog as the production detector boxes it (768×576 photo). */
const DOG_BOX = { x: 131, y: 220, width: 177, height: 319 };

const HINDI_LINES = [
  'देखो इस कुत्ते को, साइकिल के पास ऐसे बैठा है जैसे पूरी गली का मालिक यही हो।',
  'किसी ने इसे चौकीदार नहीं बनाया, फिर भी हर आने जाने वाले को घूर रहा है।',
  'इसकी शक्ल देखकर लगता है कि इसने आज तक एक भी चोर नहीं पकड़ा, बस बिस्कुट पकड़े हैं।',
  'बेचारी साइकिल, इससे अच्छा तो ताला होता।',
];
const CLIP_LINES = ['This dog patrols the street like he owns it.', 'He has never caught anything except a biscuit.', 'Ten out of ten for attitude.'];

/**
 * Summed RSS (bytes) of `root` and all its descendants, from /proc: each process's children from
 * /proc/PID/task/TID/children and its resident pages from /proc/PID/statm. Only our own process tree is
 * read (not every process of the machine), so polling costs little CPU of its own — that CPU is counted
 * in the render's Node figure.
 */
const PAGE_BYTES = 4096;
function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const children = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(' ').map(Number));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/**
 * CPU seconds used by this process (Node: frame resampling, sharp, piping) and by its waited-for
 * children (ffmpeg, ffprobe, espeak-ng): utime+stime and cutime+cstime.
 */
function cpuSeconds(): { node: number; children: number } {
  const own = process.cpuUsage();
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After ')' the fields start at #3 (state): cutime is #16, cstime #17, in clock ticks (USER_HZ 100).
  const children = (Number(fields[13]) + Number(fields[14])) / 100;
  return { node: (own.user + own.system) / 1e6, children };
}

async function measure(name: string, input: BuiltinRenderInput) {
  let peak = treeRss(process.pid);
  const cpu0 = cpuSeconds();
  const poll = setInterval(() => {
    peak = Math.max(peak, treeRss(process.pid));
  }, 50);
  const t0 = performance.now();
  const out = await renderRoastVideo(input);
  const renderS = (performance.now() - t0) / 1000;
  clearInterval(poll);
  peak = Math.max(peak, treeRss(process.pid));
  const cpu1 = cpuSeconds();
  const nodeCpuS = cpu1.node - cpu0.node;
  const childCpuS = cpu1.children - cpu0.children;
  const cpuS = nodeCpuS + childCpuS;
  const figures = {
    render_s: Math.round(renderS * 100) / 100,
    video_s: out.durationS,
    realtime_factor: Math.round((renderS / out.durationS) * 1000) / 1000,
    peak_rss_mb: Math.round(peak / 1024 / 1024),
    // CPU seconds of the render (Node + ffmpeg + espeak-ng); cpu_s / cores / video_s is the realtime
    // factor the render would reach with both cores to itself, a load-independent estimate.
    cpu_s: Math.round(cpuS * 100) / 100,
    cpu_s_node: Math.round(nodeCpuS * 100) / 100,
    cpu_s_tools: Math.round(childCpuS * 100) / 100,
    cpu_realtime_factor_2_cores: Math.round((cpuS / 2 / out.durationS) * 1000) / 1000,
    stages_ms: out.timings,
    lambda_cost: lambdaCost(renderS),
    music_track: out.musicTrack,
    fill: out.fill,
    video_bytes: fs.statSync(out.videoPath).size,
  };
  console.log(`${name}: ${figures.render_s} s for ${figures.video_s} s of video (realtime factor ${figures.realtime_factor}), peak RSS ${figures.peak_rss_mb} MB, ${figures.cpu_s} CPU s (${figures.cpu_realtime_factor_2_cores} of 2 cores' real time; Node ${figures.cpu_s_node}, ffmpeg/espeak-ng ${figures.cpu_s_tools})`);
  console.log(`  stages (ms): ${Object.entries(out.timings).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  console.log(`  Lambda cost of this video: ${figures.lambda_cost.gb_s} GB-s at ${RENDERER_MEMORY_MB} MB = $${figures.lambda_cost.usd} (x86, us-east-1)`);
  return figures;
}

/** The speech stage alone, per provider: the Hindi script through a one-provider route. */
async function speechByProvider(dir: string): Promise<Record<string, { speech_ms: number; audio_s: number; words: number; voice: string; simulated: boolean }>> {
  const quiet = () => {};
  const credentials = { accessKeyId: 'bench', secretAccessKey: 'bench' };
  const [polly, google, bhashini] = await Promise.all([
    startPollySimulator({ credentials, log: quiet }),
    startGoogleTtsSimulator({ apiKey: 'bench', log: quiet }),
    startBhashiniTtsSimulator({ log: quiet }),
  ]);
  const fetch = (url: string, init?: RequestInit) => globalThis.fetch(url, init);
  const providers: SpeechProvider[] = [
    createEspeakSpeechProvider(),
    createPollySpeechProvider(pollyClient({ endpoint: polly.url, region: 'ap-south-1', credentials }), { simulated: true }),
    createBhashiniSpeechProvider({ configUrl: `${bhashini.url}${BHASHINI_TTS_CONFIG_PATH}`, fetch, credentials: async () => ({ userID: 'local-user', ulcaApiKey: 'local-ulca-key' }), simulated: true }),
    createGoogleSpeechProvider({ url: google.url, apiKey: async () => 'bench', fetch, simulated: true }),
  ];
  const out: Record<string, { speech_ms: number; audio_s: number; words: number; voice: string; simulated: boolean }> = {};
  try {
    for (const provider of providers) {
      const service = new SpeechService({ providers: [provider], routes: provider.name, onSpoken: () => {}, onFailover: () => {} });
      const wavs = HINDI_LINES.map((_, i) => path.join(dir, `${provider.name}-${i}.wav`));
      const t0 = performance.now();
      const spoken = await service.speakScript(HINDI_LINES, 'hi', wavs);
      const ms = Math.round(performance.now() - t0);
      if (spoken.provider !== provider.name) throw new Error(`${provider.name} did not speak (${JSON.stringify(spoken.attempted)})`);
      out[provider.name] = {
        speech_ms: ms,
        audio_s: Math.round(spoken.lines.reduce((a, l) => a + l.durationS, 0) * 100) / 100,
        words: spoken.lines.reduce((a, l) => a + (l.words?.length ?? 0), 0),
        voice: spoken.voice,
        simulated: spoken.simulated,
      };
      console.log(`speech stage, ${provider.name}${spoken.simulated ? ' (SIMULATED)' : ''}: ${ms} ms for ${out[provider.name]!.audio_s} s of audio, ${out[provider.name]!.words} word timings, voice ${spoken.voice}`);
    }
  } finally {
    await Promise.all([polly.close(), google.close(), bhashini.close()]);
  }
  return out;
}

/** The targets (docs/renderer.md "Speed"): wall-clock realtime factor of each render, and peak RSS (MB). */
const TARGETS = { photo_rtf: 0.5, clip_rtf: 1.0, peak_rss_mb: 1024 } as const;

/**
 * Everything on: karaoke captions, a music bed chosen by mood (a job's defaults), a filter look, the opener
 * (always on for jobs) and an end card (a client with an outro; docs/renderer.md "Opener and end card").
 */
const ALL_ON: Pick<BuiltinRenderInput, 'captionStyle' | 'music' | 'filterId' | 'opener' | 'outro'> = {
  captionStyle: 'karaoke',
  music: 'auto',
  filterId: 'pet-maharaja',
  opener: { title: videoTitle('hi', 'Bruno') },
  outro: { text: 'Made with PetRoast', handle: '@petroast' },
};

/**
 * AWS Lambda's published x86 price (us-east-1, first pricing tier; aws.amazon.com/lambda/pricing):
 * per GB-second of the function's configured memory, and per request.
 */
const LAMBDA_X86_USD_PER_GB_S = 0.0000166667;
const LAMBDA_USD_PER_REQUEST = 0.0000002;

/**
 * The Lambda cost of one render taking `renderS` here, at the render function's memory
 * (RENDERER_MEMORY_MB, lib/constructs/renderer.ts). An estimate: Lambda's CPU share at that memory is
 * not this machine's 2 cores.
 */
function lambdaCost(renderS: number): { gb_s: number; usd: number } {
  const gbS = renderS * (RENDERER_MEMORY_MB / 1024);
  return { gb_s: Math.round(gbS * 100) / 100, usd: Math.round((gbS * LAMBDA_X86_USD_PER_GB_S + LAMBDA_USD_PER_REQUEST) * 1e6) / 1e6 };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-render-'));
try {
  const loadBefore = os.loadavg()[0]!;
  console.log(`machine: ${os.cpus().length} CPUs, load average (1 min) ${loadBefore.toFixed(2)}`);
  const photo = await measure('photo, Hindi, ~20 s', {
    media: { path: PHOTO, kind: 'image' },
    boxes: [DOG_BOX],
    script: { lines: HINDI_LINES, language: 'hi' },
    workDir: work,
    ...ALL_ON,
  });

  // A 10 s 1920×1080 H.264 clip with AAC sound: the photo enlarged 2.5× with a slow pan, and a tone.
  const clipPath = path.join(work, 'clip.mp4');
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-loop', '1', '-framerate', '30', '-i', PHOTO, '-f', 'lavfi', '-i', 'sine=frequency=330:sample_rate=48000',
    '-filter_complex', "[0:v]scale=1920:1440,crop=1920:1080:0:'180+60*sin(t)',format=yuv420p[v]",
    '-map', '[v]', '-map', '1:a', '-t', '10', '-c:v', 'libx264', '-preset', 'veryfast', '-c:a', 'aac', clipPath,
  ]);
  const clipBox = { x: DOG_BOX.x * 2.5, y: DOG_BOX.y * 2.5 - 180, width: DOG_BOX.width * 2.5, height: Math.min(1080, DOG_BOX.height * 2.5) };
  const clip = await measure('clip, English, 10 s 1080p source', {
    media: { path: clipPath, kind: 'video' },
    boxes: [clipBox],
    script: { lines: CLIP_LINES, language: 'en' },
    workDir: work,
    ...ALL_ON,
  });
  const speech_by_provider = await speechByProvider(work);
  const loadAfter = os.loadavg()[0]!;
  console.log(`load average (1 min) after: ${loadAfter.toFixed(2)}`);
  const checks = [
    { what: 'photo realtime_factor', value: photo.realtime_factor, max: TARGETS.photo_rtf },
    { what: 'clip realtime_factor', value: clip.realtime_factor, max: TARGETS.clip_rtf },
    { what: 'photo peak_rss_mb', value: photo.peak_rss_mb, max: TARGETS.peak_rss_mb },
    { what: 'clip peak_rss_mb', value: clip.peak_rss_mb, max: TARGETS.peak_rss_mb },
  ];
  const failed = checks.filter((c) => !(c.value <= c.max));
  const verdict = failed.length ? 'FAIL' : 'PASS';
  console.log(
    `${verdict}: ${checks.map((c) => `${c.what} ${c.value} ${c.value <= c.max ? '≤' : '>'} ${c.max}`).join(', ')} ` +
      `(wall clock on ${os.cpus().length} CPUs at load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after)`,
  );
  if (failed.length) process.exitCode = 1;
  console.log(
    JSON.stringify({
      ...photo,
      clip,
      speech_by_provider,
      cpus: os.cpus().length,
      load_avg_1m: { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadAfter * 100) / 100 },
      targets: TARGETS,
      verdict,
    }),
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
