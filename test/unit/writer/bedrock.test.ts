import { BedrockRuntimeClient, ConverseCommand, ThrottlingException } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bedrockConverse } from '../../../lambdas/adapters/bedrock.js';
import { BedrockWriter, SYSTEM_PROMPT, validateLines } from '../../../lambdas/engines/writer/bedrock.js';
import { ownScriptShare } from '../../../lambdas/engines/writer/script-share.js';
import { PHRASEBOOK_LANGUAGES } from '../../../lambdas/engines/writer/phrasebooks/registry.js';
import { estimateSpeechSeconds } from '../../../lambdas/domain/speaking-rate.js';
import { SPEECH_BUDGET_S } from '../../../lambdas/engines/writer/types.js';
import { TemplateWriter } from '../../../lambdas/engines/writer/template.js';
import type { WriteRequest } from '../../../lambdas/engines/writer/types.js';
import { startBedrockSimulator, type BedrockSimulator } from '../../../local/simulators/bedrock.js';

const MODEL = 'amazon.nova-micro-v1:0';
const REQUEST: WriteRequest = {
  prompt: 'Roast my lazy beagle Bruno who steals food',
  pets: [{ label: 'dog', count: 1, confidence: 0.93 }],
  petName: 'Bruno',
  language: 'en',
  seed: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3',
};

/**
 * The Bedrock path with the real SDK client (signing, serialization, error parsing) against the local
 * SIMULATED Converse endpoint.
 */
describe('Bedrock writer (real SDK → simulated Converse)', () => {
  let sim: BedrockSimulator;
  let client: BedrockRuntimeClient;
  const logs: string[] = [];

  beforeAll(async () => {
    sim = await startBedrockSimulator({ log: (l) => logs.push(l) });
    client = new BedrockRuntimeClient({ endpoint: sim.url, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
  });
  afterAll(async () => {
    client?.destroy();
    await sim?.close();
  });
  afterEach(() => {
    sim.faults.reset();
    sim.calls.length = 0;
  });

  const writer = (options: Partial<ConstructorParameters<typeof BedrockWriter>[0]> = {}) =>
    new BedrockWriter({ converse: bedrockConverse(client), modelId: MODEL, timeoutMs: 2000, fallback: new TemplateWriter(), ...options });

  it('happy path: one Converse call, validated JSON lines in English, the model recorded', async () => {
    const out = await writer().write(REQUEST);
    expect(out).toMatchObject({ writer: 'bedrock', model: MODEL, language: 'en' });
    expect(out.lines.length).toBeGreaterThanOrEqual(2);
    expect(out.script).toContain('Bruno');
    expect(estimateSpeechSeconds(out.script, 'en')).toBeGreaterThanOrEqual(SPEECH_BUDGET_S.min);
    expect(validateLines(out.lines, 'Bruno')).toBeUndefined();
    expect(sim.calls).toHaveLength(1);
    const [call] = sim.calls;
    expect(call!.modelId).toBe(MODEL);
    expect(call!.body).toMatchObject({
      system: [{ text: SYSTEM_PROMPT }],
      messages: [{ role: 'user', content: [{ text: expect.stringContaining('Name: Bruno') }] }],
      inferenceConfig: { maxTokens: 400, temperature: 0.9, topP: 0.9 },
    });
    expect((call!.body.messages as Array<{ content: Array<{ text: string }> }>)[0]!.content[0]!.text).toContain('Traits: lazy, greedy');
    expect(call!.body.guardrailConfig).toBeUndefined();
    expect(logs.every((l) => l.includes('SIMULATED'))).toBe(true);
  });

  it('malformed JSON: retried once; twice malformed → the template writer answers', async () => {
    sim.faults.set({ malformedJson: 1 });
    expect((await writer().write(REQUEST)).writer).toBe('bedrock');
    expect(sim.calls).toHaveLength(2);
    sim.calls.length = 0;
    sim.faults.set({ malformedJson: 2 });
    const out = await writer().write(REQUEST);
    expect(out.writer).toBe('template');
    expect(out.language).toBe('en');
    expect(sim.calls).toHaveLength(2);
  });

  it('an answer outside the word budget is refused like a malformed one', async () => {
    sim.faults.set({ tooShort: 2 });
    expect((await writer().write(REQUEST)).writer).toBe('template');
    expect(sim.calls).toHaveLength(2);
  });

  it('guardrail: guardrailConfig is sent; an intervention goes to the template writer without a retry', async () => {
    const guarded = writer({ guardrail: { identifier: 'sim-guardrail', version: '1' } });
    expect((await guarded.write(REQUEST)).writer).toBe('bedrock');
    expect(sim.calls[0]!.body.guardrailConfig).toEqual({ guardrailIdentifier: 'sim-guardrail', guardrailVersion: '1', trace: 'disabled' });
    sim.calls.length = 0;
    sim.faults.set({ guardrailIntervenes: true });
    const out = await guarded.write(REQUEST);
    expect(out.writer).toBe('template');
    expect(sim.calls).toHaveLength(1);
    expect(sim.calls[0]!.stopReason).toBe('guardrail_intervened');
  });

  it('timeout: each attempt is aborted at the deadline, then the template writer answers', async () => {
    sim.faults.set({ latencyMs: 1500 });
    const out = await writer({ timeoutMs: 300 }).write(REQUEST);
    expect(out.writer).toBe('template');
    // Both attempts reached the simulator and neither got an answer before its deadline.
    expect(sim.calls).toHaveLength(2);
    expect(sim.calls.every((c) => c.status === 0)).toBe(true);
  });

  it('throttling is retried once; a ValidationException (unknown model) is not', async () => {
    sim.faults.set({ error: { type: 'ThrottlingException', times: 1 } });
    expect((await writer().write(REQUEST)).writer).toBe('bedrock');
    expect(sim.calls.map((c) => c.status)).toEqual([429, 200]);
    sim.calls.length = 0;
    const out = await writer({ modelId: 'amazon.titan-text-express-v1' }).write(REQUEST);
    expect(out.writer).toBe('template');
    expect(sim.calls.map((c) => c.status)).toEqual([400]);
  });

  it.each(PHRASEBOOK_LANGUAGES.filter((l) => l !== 'en'))(
    '%s: the guarded English draft is adapted into the language (a second call with its own examples), in its script',
    async (language) => {
      const out = await writer({ guardrail: { identifier: 'sim-guardrail', version: '1' } }).write({ ...REQUEST, language, prompt: 'Roast my lazy beagle Bruno who steals food', pets: [{ label: 'bear', count: 1, confidence: 0.65 }] });
      expect(out).toMatchObject({ writer: 'bedrock', model: MODEL, language, subject: 'dog' });
      expect(sim.calls).toHaveLength(2);
      const [draft, adaptation] = sim.calls;
      const text = (c: typeof draft) => (c!.body.messages as Array<{ content: Array<{ text: string }> }>)[0]!.content[0]!.text;
      // The draft is about the prompt's species (the user's word wins over the detector's "bear").
      expect(text(draft)).toMatch(/^Pet: dog$/m);
      expect(text(adaptation)).toMatch(new RegExp(`^Language: ${language} `, 'm'));
      expect(text(adaptation)).toContain('English draft');
      expect(((adaptation!.body.system as Array<{ text: string }>)[0]!.text)).toMatch(/Adapt, do not translate/);
      // Both calls are guarded; the adaptation is checked by our own lists and must be in the script.
      expect(adaptation!.body.guardrailConfig).toEqual({ guardrailIdentifier: 'sim-guardrail', guardrailVersion: '1', trace: 'disabled' });
      expect(out.script).toContain('Bruno');
      expect(ownScriptShare(out.script, language, 'Bruno')).toBeGreaterThanOrEqual(0.95);
      expect(validateLines(out.lines, 'Bruno', language)).toBeUndefined();
    },
  );

  it('an adaptation in the wrong script is refused: retried once, then the native template writer answers', async () => {
    const language = PHRASEBOOK_LANGUAGES.find((l) => l !== 'en')!;
    // The English lines the draft gets are refused as an adaptation (not the language's script).
    const english = ['Simulated roast: Bruno the dog runs this house and pays no rent at all, every single month.', 'Bruno sleeps all day long and then demands a snack for all that hard work.', 'We love you anyway, Bruno. Mostly, on good days, when you are asleep.'];
    expect(validateLines(english, 'Bruno', 'en')).toBeUndefined();
    expect(validateLines(english, 'Bruno', language)).toMatch(/script/);
    // A "model" that answers everything in English: the draft passes, the adaptation is refused twice.
    const requests: string[] = [];
    const converse = async (req: { messages: Array<{ content: Array<{ text: string }> }> }) => {
      requests.push(req.messages[0]!.content[0]!.text);
      return { output: { message: { content: [{ text: JSON.stringify({ lines: english }) }] } }, stopReason: 'end_turn' };
    };
    const out = await new BedrockWriter({ converse, modelId: MODEL, fallback: new TemplateWriter() }).write({ ...REQUEST, language });
    expect(requests).toHaveLength(3);
    expect(requests.slice(1).every((r) => r.includes('English draft'))).toBe(true);
    expect(out).toMatchObject({ writer: 'template', language });
    expect(ownScriptShare(out.script, language, 'Bruno')).toBeGreaterThanOrEqual(0.95);
  });

  it('speaks the wire format the SDK parses: typed errors from x-amzn-errortype, the response shape', async () => {
    sim.faults.set({ error: { type: 'ThrottlingException', times: 1, message: 'Too many requests, please wait before trying again.' } });
    const input = { modelId: MODEL, messages: [{ role: 'user' as const, content: [{ text: 'Pet: cat\nName: Luna\nTraits: vain' }] }] };
    const err = await client.send(new ConverseCommand(input)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ThrottlingException);
    expect((err as ThrottlingException).$metadata.httpStatusCode).toBe(429);
    expect((err as Error).message).toBe('Too many requests, please wait before trying again.');
    const ok = await client.send(new ConverseCommand(input));
    expect(ok.stopReason).toBe('end_turn');
    expect(ok.usage?.totalTokens).toBeGreaterThan(0);
    expect(JSON.parse(ok.output!.message!.content![0]!.text!).lines.join(' ')).toContain('Luna');
  });
});
