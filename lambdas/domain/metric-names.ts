/**
 * The service's CloudWatch metrics (Powertools EMF) in one place: the code that emits them and the
 * CDK monitoring construct that alarms on and charts them import the same names, so they cannot drift.
 * Every metric carries the Powertools `service` dimension of the emitting function.
 */
export const METRICS_NAMESPACE = 'PetRoast';

/** `service` dimension values (POWERTOOLS_SERVICE_NAME) of the zip functions and of the detector image. */
export const SERVICE_NAME = 'pet-roast';
export const DETECTOR_SERVICE_NAME = 'pet-roast-detector';

export const METRIC = {
  /** A detection found at least one pet (count); with NoPetDetected gives the pet detection rate. */
  PetsDetected: 'PetsDetected',
  /** A detection decoded the media and found no pet (count). */
  NoPetDetected: 'NoPetDetected',
  /** Media intake + detection, bytes fetched to verdict (milliseconds). */
  DetectionLatency: 'DetectionLatency',
  /** A job reached `completed` (count). */
  JobsCompleted: 'JobsCompleted',
  /** A job reached `failed` (count). */
  JobsFailed: 'JobsFailed',
  /** Job creation to `completed` (seconds). */
  TimeToCompletion: 'TimeToCompletion',
  /** A job Revid could not render (account error or spent retry budget) was re-rendered by the built-in renderer (count). */
  VideoProviderFallbacks: 'VideoProviderFallbacks',
  /** One delivery attempt of a customer callback (count). */
  CallbackAttempts: 'CallbackAttempts',
  /** A callback exhausted its retry schedule and was dead-lettered (count). */
  CallbackFailures: 'CallbackFailures',
  /** API requests answered 429 by the usage plan or stage throttle (from the access log; count). */
  ApiThrottled: 'ApiThrottled',
  /**
   * A translation moved on from a failing provider to the next one on the pair's route (count), with
   * the dimension `provider` = the provider that failed (docs/translation.md, "Fail-over").
   */
  TranslationFailovers: 'TranslationFailovers',
  /**
   * A narration moved on from a failing speech provider to the next one on the language's route, for the
   * whole script (count), with the dimension `provider` = the provider that failed (docs/voices.md "Fail-over").
   */
  SpeechFailovers: 'SpeechFailovers',
  /** A narration was spoken (count), with the dimension `provider` = the provider that spoke it (docs/voices.md). */
  NarrationsSpoken: 'NarrationsSpoken',
} as const;

/** Metric dimensions beyond Powertools' `service` (used with `metrics.singleMetric()`). */
export const METRIC_DIMENSION = {
  /**
   * The provider a per-provider metric is about: translation (`indictrans2`, `dhruva`, `bhashini`,
   * `amazon-translate`) or speech (`polly`, `bhashini`, `google`, `espeak`).
   */
  Provider: 'provider',
} as const;
