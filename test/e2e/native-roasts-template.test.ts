import { nativeRoastSuite } from '../support/native-roasts.js';

/** Every registered language through the local service with the `template` writer (test/support/native-roasts.ts). */
nativeRoastSuite('template');
