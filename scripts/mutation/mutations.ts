/**
 * The named source mutations of `npm run mutation:check` (docs/testing.md). Each one breaks one
 * security- or billing-critical behaviour the way a plausible bug or a careless refactor would, and
 * names the tests that must go red when it does.
 *
 * A mutation is an exact text replacement: `find` must occur exactly once in `file` (otherwise the
 * check stops with an error, so a mutation never silently stops applying after a refactor).
 */
export interface Mutation {
  /** Short stable name (`--only` takes these). */
  id: string;
  /** The behaviour the mutation breaks, in one line. */
  breaks: string;
  /** Repository-relative source file. */
  file: string;
  /** Exact text to replace; must occur exactly once in `file`. */
  find: string;
  replace: string;
  /** Test files that must catch the mutation (repository-relative). */
  tests: string[];
  /** Optional vitest `-t` name pattern, to run only the tests that target the behaviour. */
  testNamePattern?: string;
}

export const MUTATIONS: Mutation[] = [
  {
    id: 'render-completes-from-stale-version',
    breaks: 'a built-in render completes from the job version before its progress writes (the conditional write loses: the job never completes, no callback)',
    file: 'lambdas/domain/jobs/inline-render.ts',
    find: `    video = started.video;
    claimed = await progress.settled();`,
    replace: `    video = started.video;
    await progress.settled();`,
    tests: ['test/unit/jobs/render-fallback.test.ts'],
  },
  {
    id: 'render-lease-ignored',
    breaks: 'render worker ignores the render lease (a duplicate SQS message submits a second, billed render)',
    file: 'lambdas/domain/jobs/render-job.ts',
    find: `  if (left > 0) throw new RenderLeaseHeld(left);
  const provider = selectProvider(deps.providers);`,
    replace: `  const provider = selectProvider(deps.providers);`,
    tests: ['test/unit/jobs/render.test.ts'],
  },
  {
    id: 'render-submits-twice',
    breaks: 'render worker calls the provider twice for one job (double billing)',
    file: 'lambdas/domain/jobs/render-job.ts',
    find: `    const started = await provider.start({ job, text, narration: scripted.narration, webhookToken: token, signal });`,
    replace: `    await provider.start({ job, text, narration: scripted.narration, webhookToken: token, signal });
    const started = await provider.start({ job, text, narration: scripted.narration, webhookToken: token, signal });`,
    tests: ['test/unit/jobs/render.test.ts', 'test/integration/load-small.test.ts'],
  },
  {
    id: 'revid-webhook-token-unchecked',
    breaks: 'POST /webhooks/revid accepts any token (anyone can trigger syncs of any job)',
    file: 'lambdas/webhooks/revid.ts',
    find: `if (!job || !tokenMatches(query.data.token, job.webhook_token_hash)) throw`,
    replace: `if (!job) throw`,
    tests: ['test/integration/jobs/revid-webhook.test.ts'],
    testNamePattern: 'B1',
  },
  {
    id: 'tls-sni-dropped',
    breaks: 'the pinned-address TLS connection uses the dialled IP, not the original name, for SNI and the certificate check',
    file: 'lambdas/engines/outbound/connection.ts',
    find: `base({ ...options, hostname: address }, (err, socket) => {`,
    replace: `base({ ...options, hostname: address, servername: address }, (err, socket) => {`,
    tests: ['test/integration/ssrf.test.ts'],
    testNamePattern: 'over TLS',
  },
  {
    id: 'redirect-downgrade-accepted',
    breaks: 'a redirect Location may downgrade https to http',
    file: 'lambdas/engines/outbound/redirects.ts',
    find: `target = checkUrl(new URL(location, from.url), p);`,
    replace: `target = checkUrl(new URL(location, from.url), { ...p, schemes: new Set([...p.schemes, 'http:']) });`,
    tests: ['test/integration/ssrf.test.ts'],
    testNamePattern: 'C6',
  },
  {
    id: 'private-ipv4-accepted',
    breaks: 'the address policy lets RFC 1918 private IPv4 addresses through (SSRF into the VPC)',
    file: 'lambdas/engines/outbound/address-policy.ts',
    // Both the deny list and ipaddr.js's range() refuse 10/8, 172.16/12 and 192.168/16 (defence in
    // depth), so the mutation lets the private range through before either runs.
    find: `function v4Reason(addr: ipaddr.IPv4): string | undefined {\n`,
    replace: `function v4Reason(addr: ipaddr.IPv4): string | undefined {\n  if (addr.range() === 'private') return undefined;\n`,
    tests: ['test/unit/outbound/url-policy.test.ts', 'test/integration/ssrf.test.ts'],
  },
  {
    id: 'byte-cap-off-by-one',
    breaks: 'a streamed body one byte over the cap is accepted',
    file: 'lambdas/engines/outbound/body.ts',
    find: `if (total > ex.maxBytes) throw tooLarge(ex.maxBytes);`,
    replace: `if (total > ex.maxBytes + 1) throw tooLarge(ex.maxBytes);`,
    tests: ['test/integration/ssrf.test.ts'],
    testNamePattern: 'C7',
  },
  {
    id: 'callback-signature-unverified',
    breaks: 'verifyStandardWebhook accepts a delivery whose signature matches no secret',
    // The verification is the protocol package's, shared by the service and the SDKs (docs/architecture.md).
    file: 'packages/protocol/src/webhooks.ts',
    find: `  if (!matched) throw new WebhookVerificationError('no_matching_signature', 'No matching signature found');`,
    replace: ``,
    tests: ['test/unit/callbacks/signing.test.ts', 'test/unit/protocol/vectors.test.ts'],
  },
  {
    id: 'callback-signed-with-deployment-secret',
    breaks: "a client's callback is signed with the deployment secret instead of the client's own",
    file: 'lambdas/domain/callbacks/delivery.ts',
    find: `secrets: client?.signing_secrets?.length ? client.signing_secrets : await deps.signingSecrets(),`,
    replace: `secrets: await deps.signingSecrets(),`,
    tests: ['test/unit/callbacks/delivery.test.ts'],
  },
  {
    id: 'job-write-version-unchecked',
    breaks: 'job writes are no longer conditional on the version read (a stale worker overwrites a newer state)',
    file: 'lambdas/adapters/job-store.ts',
    find: `'attribute_exists(#pk) AND #status = :expected AND #version = :version'`,
    replace: `'attribute_exists(#pk) AND #status = :expected AND :version = :version'`,
    tests: ['test/integration/jobs/job-store.test.ts'],
  },
  {
    id: 'job-state-machine-unguarded',
    breaks: 'DynamoJobStore.transition skips the state machine (a terminal job can be moved again)',
    file: 'lambdas/adapters/job-store.ts',
    find: `    if (!canTransition(job.status, to)) return Promise.resolve({ ok: false, current: job });\n`,
    replace: `    void canTransition;\n`,
    tests: ['test/integration/jobs/job-store.test.ts'],
  },
  {
    id: 'idempotency-body-unchecked',
    breaks: 'the same Idempotency-Key with a different body replays the first job instead of 409',
    file: 'lambdas/api/generate-video.ts',
    find: `  payloadValidationJmesPath: 'body',\n`,
    replace: ``,
    tests: ['test/integration/jobs/endpoints.test.ts'],
    testNamePattern: 'Idempotency-Key',
  },
  {
    id: 'generate-video-unvalidated',
    breaks: 'POST /api/generate-video skips its zod body schema',
    file: 'lambdas/api/generate-video.ts',
    find: `export const handler = httpHandler({ body: GenerateVideoRequest }, async`,
    replace: `export const handler = httpHandler({ body: undefined as unknown as typeof GenerateVideoRequest }, async`,
    tests: ['test/integration/hostile-input.test.ts'],
    testNamePattern: 'bodies: wrong types',
  },
  {
    id: 'ownership-unchecked',
    breaks: "a client can read or delete another client's job (object-level authorisation)",
    file: 'lambdas/domain/auth/ownership.ts',
    find: `object !== undefined && typeof object.client_id === 'string' && object.client_id === clientId;`,
    replace: `object !== undefined && typeof clientId === 'string';`,
    tests: ['test/integration/tenant-isolation.test.ts'],
    testNamePattern: "answers B's status",
  },
  {
    id: 'sniff-avi-accepted',
    breaks: 'the magic-byte sniff lets AVI through as a video (the ffmpeg HLS-in-AVI local file read)',
    file: 'lambdas/engines/intake/sniff.ts',
    find: `    if (form === 'AVI ' || form === 'AVIX') throw unsupported('an AVI video (AVI is not accepted; use MP4, MOV or WebM)');`,
    replace: `    if (form === 'AVI ' || form === 'AVIX') return { kind: 'video', format: 'mp4', mime: VIDEO_MIME.mp4 };`,
    tests: ['test/unit/intake/sniff.test.ts', 'test/unit/intake/video-frames.test.ts'],
  },
  {
    id: 'sniff-expected-kind-ignored',
    breaks: 'the sniff no longer refuses a video handed in where an image is expected (and vice versa)',
    file: 'lambdas/engines/intake/sniff.ts',
    find: `  if (options.expect && found.kind !== options.expect) {`,
    replace: `  if (options.expect && found.kind !== options.expect && options.expect === ('never' as string)) {`,
    tests: ['test/unit/intake/sniff.test.ts', 'test/unit/intake/image.test.ts', 'test/unit/intake/video-frames.test.ts'],
  },
];
