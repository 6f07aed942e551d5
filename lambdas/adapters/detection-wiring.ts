import { LambdaClient } from '@aws-sdk/client-lambda';
import { getConfig, requireConfig } from '../domain/config.js';
import type { PetModel } from '../engines/detection/index.js';
import type { PetDetector } from '../domain/ports.js';
import { mediaStore, provide } from './composition.js';
import { LambdaPetDetector } from './detector.js';
import type { Check } from './health.js';
import type { InProcessPetDetector } from './in-process-detector.js';

/**
 * Part of the composition root (composition.ts, whose cache and reset it uses): the pet detector, a
 * Lambda client in AWS or the in-process detector and its model locally.
 */

/**
 * The native detector module, loaded only where detection runs in this process (the detector image,
 * the local runtime). The specifier is computed so bundlers leave it out: zip functions in AWS always
 * use the Lambda detector and must not carry (or try to load) onnxruntime and sharp.
 */
const IN_PROCESS_MODULE = './in-process-detector.js';
const inProcess = (): Promise<typeof import('./in-process-detector.js')> => import(IN_PROCESS_MODULE);

/**
 * The process's one model (loading its sessions takes seconds). Unlike the services it outlives
 * {@link resetServices} while `MODEL_DIR`, `DETECTION_THRESHOLD` and `PET_CLASSES` are unchanged; a
 * failed load is forgotten, so the next call tries again.
 */
let model: { key: string; promise: Promise<PetModel> } | undefined;

/** The configured pet model, loaded once per process. */
export function petModel(): Promise<PetModel> {
  const config = getConfig();
  const key = JSON.stringify([config.MODEL_DIR, config.DETECTION_THRESHOLD, config.PET_CLASSES]);
  if (model?.key !== key) {
    const entry = { key, promise: inProcess().then((m) => m.loadConfiguredModel(config)) };
    entry.promise.catch(() => {
      if (model === entry) model = undefined;
    });
    model = entry;
  }
  return model.promise;
}

/** Intake + detection in this process (the detector Lambda itself, the local runtime). */
export const inProcessDetector = (): Promise<InProcessPetDetector> =>
  provide('in-process-detector', async (config) => new (await inProcess()).InProcessPetDetector({ model: petModel, media: mediaStore(), config }));

/** The configured detector: Lambda Invoke in AWS (`DETECTOR_MODE=lambda`), in-process locally. */
export const petDetector = (): PetDetector =>
  provide('detector', (config) =>
    config.DETECTOR_MODE === 'lambda'
      ? new LambdaPetDetector(requireConfig('DETECTOR_FUNCTION_NAME'), new LambdaClient({}))
      : { detect: async (request) => (await inProcessDetector()).detect(request) },
  );

/** Health check: the model loads (in-process) or the detector function answers a ping (AWS). */
export const detectorCheck = (): Check => async () => {
  const detector = petDetector();
  if (detector instanceof LambdaPetDetector) {
    const answer = await detector.invoke({ action: 'ping' });
    if (!answer.ok) throw new Error(answer.error.message);
  } else {
    await petModel();
  }
};
