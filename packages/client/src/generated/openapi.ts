/**
 * API types of the Pet Roast AI HTTP API, generated from its OpenAPI document (GET /openapi.json) by
 * openapi-typescript. Do not edit: run `npm run client:types` after changing a route or schema.
 */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, and with ?deep=true the table, queues and detector. */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document. */
        get: operations["openApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API reference page (HTML; renders /openapi.json with Scalar, served from this API). */
        get: operations["apiDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API reference page's script (the viewer's standalone bundle). */
        get: operations["apiDocsAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/banuba-filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The AR filter catalogue, optionally only the filters suited to one pet, best first. */
        get: operations["banubaFilters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/effects/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Banuba AR Cloud manifest of the published effects (the SDK's AR Cloud URL). */
        get: operations["arCloudManifest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/translate-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Translate a short text between English and the 12 Indian languages. */
        post: operations["translateText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detect-pets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check that an image, a video or an upload shows a pet. */
        post: operations["detectPets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A presigned S3 POST for a private upload (then pass upload_key to detect-pets or generate-video). */
        post: operations["uploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/generate-video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a roast video job (detects the pet first; Idempotency-Key supported). */
        post: operations["generateVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/video-status/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's status and progress. */
        get: operations["videoStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/video-result/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A completed job's video URL (time-limited when mirrored). */
        get: operations["videoResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase a job, its media and its video, and cancel its pending callback. */
        delete: operations["deleteJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/revid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revid's render webhook (authenticated by the per-render token in the URL). */
        post: operations["revidWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    videoCompleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Completion callback: POSTed to `callback_url` (or the client default) when a job ends.
         * @description Sent once per job when it completes or fails, retried on non-2xx/timeouts with backoff for about a day (honouring `Retry-After` on 429/503). Verify the signature on the raw body before parsing, answer 2xx quickly, and dedupe on `webhook-id`. See docs/revid-and-webhooks.md.
         */
        post: operations["videoCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Translate a short text between English and the 12 supported Indian languages.
         * @example {
         *       "text": "Your dog is a couch potato.",
         *       "source_lang": "en",
         *       "target_lang": "hi",
         *       "task": "translation"
         *     }
         */
        TranslateRequest: {
            /** @description The text to translate, 1 to 5000 characters. */
            text: string;
            /**
             * @description ISO 639-1 code of the text's language; one of en, hi, bn, ta, te, ml, kn, gu, mr, pa, or, as, ur.
             * @example en
             */
            source_lang: string;
            /**
             * @description ISO 639-1 code to translate into; one of en, hi, bn, ta, te, ml, kn, gu, mr, pa, or, as, ur. Default en.
             * @default en
             * @example hi
             */
            target_lang?: string;
            /**
             * @description What to do with the text; 'translation' is the only task.
             * @default translation
             * @example translation
             */
            task?: string;
        };
        DetectPetsRequest: {
            /**
             * Format: uri
             * @description image_url: a public https URL (private, loopback and metadata addresses are refused).
             */
            image_url?: string;
            /**
             * Format: uri
             * @description video_url: a public https URL (private, loopback and metadata addresses are refused).
             */
            video_url?: string;
            /** @description The upload_key returned by POST /api/uploads, after the file was posted. */
            upload_key?: string;
        };
        UploadRequest: {
            /** @description MIME type of the file to upload: image/jpeg, image/png, image/webp, image/gif, image/avif, image/heic, image/heif, video/mp4, video/quicktime, video/webm, video/x-matroska; case-insensitive, parameters (e.g. `;codecs=vp8,opus`) allowed and ignored. */
            content_type: string;
        };
        GenerateVideoRequest: {
            /** @description With `text_mode: "prompt"` (default) an instruction such as "Roast my lazy beagle Bruno"; the service writes the roast. With `text_mode: "script"` the narration itself. */
            text: string;
            /**
             * @description `prompt`: `text` is an instruction and the service writes a short roast of the detected pet; `script`: narrate `text` as given (contact details removed).
             * @default prompt
             * @enum {string}
             */
            text_mode?: "prompt" | "script";
            /**
             * Format: uri
             * @description image_url: a public https URL (private, loopback and metadata addresses are refused).
             */
            image_url?: string;
            /**
             * Format: uri
             * @description video_url: a public https URL (private, loopback and metadata addresses are refused).
             */
            video_url?: string;
            /** @description The upload_key returned by POST /api/uploads, after the file was posted. */
            upload_key?: string;
            /**
             * @description Narration language (ISO 639-1).
             * @default en
             */
            language?: string;
            /**
             * @description Language of `text`, as declared (not detected). A `text_mode: "script"` text must be written in its script, else 422 `script_language_mismatch`.
             * @default en
             */
            source_lang?: string;
            /** @description Narration voice for built-in renders: gender and speed (docs/voices.md). */
            voice?: components["schemas"]["VoiceRequest"];
            /** @description An id from GET /api/banuba-filters. */
            filter_id?: string;
            /**
             * @description Burned-in captions of a built-in video: `karaoke` (the word being spoken highlighted), `phrase` (the phrase only) or `none`. The WebVTT subtitles (`subtitles_url`) are written whatever the style. Revid renders ignore it.
             * @default karaoke
             * @enum {string}
             */
            caption_style?: "karaoke" | "phrase" | "none";
            /**
             * @description Music bed of a built-in video, ducked under the voice: `auto` (a track chosen by the roast's mood), `none`, or a track id (sunny-bounce, royal-procession, lazy-sunday). Every track is generated by the service's own code. `music_url` plays your own track instead (then leave `music` out). Revid renders ignore it.
             * @default auto
             * @enum {string}
             */
            music?: "auto" | "none" | "sunny-bounce" | "royal-procession" | "lazy-sunday";
            /**
             * Format: uri
             * @description Your own licensed music track (MP3, AAC/M4A, WAV, Ogg Vorbis/Opus or FLAC; at most 15 MiB and 10 min) on a public https URL, played instead of `music` under a built-in video's voice: looped when shorter than the video, its first part when longer. Private, loopback and metadata addresses are refused (400 media_unreachable); a file that is not such audio fails the job. Revid renders ignore it.
             */
            music_url?: string;
            /**
             * Format: uri
             * @description Where to POST the signed completion callback (https, public host; overrides the default).
             */
            callback_url?: string;
            /** @description Flat object of strings (≤ 2 KB serialized), echoed in status and callbacks. */
            metadata?: {
                [key: string]: string;
            };
        };
        VoiceRequest: {
            /**
             * @description Voice gender; default female. Polly has no male Indian voice, so a male voice comes from the next provider on the route.
             * @enum {string}
             */
            gender?: "female" | "male";
            /** @description Speaking rate factor, 0.8–1.25; default 1. */
            speed?: number;
        };
        CallbackEvent: {
            /** @enum {string} */
            type: "video.completed" | "video.failed";
            timestamp: string;
            data: {
                /** @description Job id, e.g. job_01JD3YQ5Z8M2W4V6T7R9P0K1C3. */
                job_id: string;
                /** @enum {string} */
                status: "completed" | "failed";
                video_url: string | null;
                /** @description WebVTT subtitles of a built-in video, presigned like `video_url`; null otherwise. */
                subtitles_url: string | null;
                /** @description The music track that played under the voice of a built-in video: a track id, `caller` when your `music_url` track played, or null (none, a failed job, or a Revid video). */
                music_track: string | null;
                detail: string | null;
                detected_pets: {
                    /** @enum {string} */
                    label: "bird" | "cat" | "dog" | "horse" | "sheep" | "cow" | "elephant" | "bear" | "zebra" | "giraffe";
                    confidence: number;
                }[];
                metadata: {
                    [key: string]: string;
                } | null;
                /** @description The narrated roast once written (in the narration language once translated); null before. */
                script: string | null;
                /** @description Who wrote `script`: `bedrock`, `template` or `verbatim` (text_mode script); null before. */
                writer: ("bedrock" | "template" | "verbatim") | null;
                /** @description The pet class `script` roasts: the species the prompt names when it names one (the user's word wins over the detector), else the detected class; null before the script is written and for `text_mode: "script"`. */
                script_subject: ("bird" | "cat" | "dog" | "horse" | "sheep" | "cow" | "elephant" | "bear" | "zebra" | "giraffe") | null;
                narration: components["schemas"]["Narration"];
            };
        };
        Narration: {
            /**
             * @description ISO 639-1 code.
             * @enum {string}
             */
            language: "en" | "hi" | "bn" | "ta" | "te" | "ml" | "kn" | "gu" | "mr" | "pa" | "or" | "as" | "ur";
            /**
             * @description The speech provider that actually spoke, after any fail-over.
             * @enum {string}
             */
            provider: "polly" | "bhashini" | "google" | "espeak";
            /** @description The provider's voice id (e.g. Kajal, hi-IN-Wavenet-A, espeak-ng's hi). */
            voice: string;
            /** @description Present and true when the provider was a local simulator. */
            simulated?: boolean;
        } | null;
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            version: string;
            checks?: {
                [key: string]: {
                    ok: boolean;
                    latency_ms: number;
                    error?: string;
                };
            };
        };
        Error: {
            detail: {
                /** @description Machine-readable error code. */
                error: string;
                /** @description Human sentence explaining what went wrong. */
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0). */
        OpenApiDocument: {
            openapi: string;
            info: {
                title: string;
                version: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        FiltersResponse: {
            filters: components["schemas"]["Filter"][];
        };
        Filter: {
            id: string;
            name: string;
            description: string;
            /** @description Pets the effect suits, best first. */
            pets: ("bird" | "cat" | "dog" | "horse" | "sheep" | "cow" | "elephant" | "bear" | "zebra" | "giraffe")[];
            tags: string[];
            /** @description Whether the effect is published to AR Cloud (the Banuba SDK can download it from the manifest). */
            ar_cloud: boolean;
            /** @description Time-limited URL of the effect preview PNG when published, else null. */
            preview_url: string | null;
        };
        ArCloudManifest: {
            effects: {
                /** @description Time-limited URL of the effect archive (.zip). */
                URL: string;
                /** @description Time-limited URL of the preview PNG. */
                Preview: string;
                /** @description The archive MD5 in double quotes; changes when the archive changes. */
                ETag: string;
            }[];
        };
        /**
         * @example {
         *       "translated_text": "आपका कुत्ता एक काउच पोटैटो है।",
         *       "source_language": "en",
         *       "target_language": "hi",
         *       "task": "translation",
         *       "provider_metadata": {
         *         "provider": "indictrans2",
         *         "model": "indictrans2",
         *         "latency_ms": 412,
         *         "cached": false
         *       }
         *     }
         */
        TranslateResponse: {
            /** @description The translation, in the target language and its script. */
            translated_text: string;
            /**
             * @description ISO 639-1 code of the source language.
             * @enum {string}
             */
            source_language: "en" | "hi" | "bn" | "ta" | "te" | "ml" | "kn" | "gu" | "mr" | "pa" | "or" | "as" | "ur";
            /**
             * @description ISO 639-1 code of the target language.
             * @enum {string}
             */
            target_language: "en" | "hi" | "bn" | "ta" | "te" | "ml" | "kn" | "gu" | "mr" | "pa" | "or" | "as" | "ur";
            /** @constant */
            task: "translation";
            provider_metadata: components["schemas"]["TranslationProviderMetadata"];
        };
        TranslationProviderMetadata: {
            /**
             * @description The back-end that translated the text; 'none' when source and target are the same language.
             * @enum {string}
             */
            provider: "indictrans2" | "dhruva" | "bhashini" | "amazon-translate" | "none";
            /** @description Model or service id, e.g. 'indictrans2' or 'indictrans2-simulator'; 'none' for a pass-through. */
            model: string;
            /** @description Time this service spent on the request, in milliseconds. */
            latency_ms: number;
            /** @description True when the translation came from the 30-day cache and no provider was called. */
            cached: boolean;
            /**
             * @description Present (true) only when a local simulator produced the text: development and tests, never production.
             * @constant
             */
            simulated?: true;
            /** @description True when the provider that answered is not the first on the language pair's route: an earlier one failed or was skipped. Present whenever a provider was asked or the cache answered. */
            failover?: boolean;
            /** @description The providers of the route in the order they were tried, present when more than one was involved (a fail-over). */
            attempted?: {
                /** @enum {string} */
                provider: "indictrans2" | "dhruva" | "bhashini" | "amazon-translate";
                /**
                 * @description 'ok': this provider answered; 'failed': it failed in a way another provider may not (then the next one was tried); 'skipped': its circuit breaker is open after repeated failures, so it was not called.
                 * @enum {string}
                 */
                outcome: "ok" | "failed" | "skipped";
                /** @description Why it failed or was skipped: 'http_503', 'timeout', 'network', 'rate_limited', 'script_mismatch', 'circuit_open', … */
                reason?: string;
            }[];
        };
        DetectPetsResponse: {
            has_pets: boolean;
            /** @description Pet classes only, sorted by confidence. */
            pets: components["schemas"]["DetectedPet"][];
            media: {
                /** @enum {string} */
                kind: "image" | "video";
                format: string;
                width: number;
                height: number;
                frames_checked: number;
            };
            model: {
                name: string;
                threshold: number;
            };
            timings_ms: {
                fetch: number;
                decode: number;
                inference: number;
                total: number;
            };
        };
        DetectedPet: {
            /** @enum {string} */
            label: "bird" | "cat" | "dog" | "horse" | "sheep" | "cow" | "elephant" | "bear" | "zebra" | "giraffe";
            confidence: number;
            /** @description Pixels of the original, EXIF-oriented image. */
            box: {
                x: number;
                y: number;
                width: number;
                height: number;
            };
            /** @description Video only: time of the frame. */
            frame_time_s?: number;
        };
        UploadResponse: {
            upload_key: string;
            /** @description POST the form here. */
            url: string;
            /** @description Form fields to send before the `file` part. */
            fields: {
                [key: string]: string;
            };
            /** @description Seconds the form stays valid. */
            expires_in: number;
            max_bytes: number;
        };
        GenerateVideoResponse: {
            /** @description Job id, e.g. job_01JD3YQ5Z8M2W4V6T7R9P0K1C3. */
            job_id: string;
            /** @enum {string} */
            status: "queued" | "processing" | "completed" | "failed";
            detected_pets: {
                /** @enum {string} */
                label: "bird" | "cat" | "dog" | "horse" | "sheep" | "cow" | "elephant" | "bear" | "zebra" | "giraffe";
                confidence: number;
            }[];
            recommended_filters: string[];
        };
        VideoStatusResponse: {
            /** @description Job id, e.g. job_01JD3YQ5Z8M2W4V6T7R9P0K1C3. */
            job_id: string;
            /** @enum {string} */
            status: "queued" | "processing" | "completed" | "failed";
            detail: string | null;
            progress: number | null;
            /** @description ISO 8601 UTC. */
            updated_at: string;
            /**
             * @description ISO 639-1 code.
             * @enum {string}
             */
            language: "en" | "hi" | "bn" | "ta" | "te" | "ml" | "kn" | "gu" | "mr" | "pa" | "or" | "as" | "ur";
            filter_id: string | null;
            metadata: {
                [key: string]: string;
            } | null;
            /** @description The provider rendering the video; null until the render starts. */
            provider: ("builtin" | "revid") | null;
            /** @description The narrated roast once written (in the narration language once translated); null before. */
            script: string | null;
            /** @description Who wrote `script`: `bedrock`, `template` or `verbatim` (text_mode script); null before. */
            writer: ("bedrock" | "template" | "verbatim") | null;
            /** @description The pet class `script` roasts: the species the prompt names when it names one (the user's word wins over the detector), else the detected class; null before the script is written and for `text_mode: "script"`. */
            script_subject: ("bird" | "cat" | "dog" | "horse" | "sheep" | "cow" | "elephant" | "bear" | "zebra" | "giraffe") | null;
            narration: components["schemas"]["NarrationOutput"];
        };
        VideoResultResponse: {
            /** @description Job id, e.g. job_01JD3YQ5Z8M2W4V6T7R9P0K1C3. */
            job_id: string;
            /** @constant */
            status: "completed";
            video_url: string;
            thumbnail_url: string | null;
            duration_s: number | null;
            /** @description WebVTT subtitles of a built-in video (a cue per phrase, word timestamps inside), presigned like `video_url`; null for Revid videos. */
            subtitles_url: string | null;
            /** @description The music track that played under the voice (built-in videos): a track id, `caller` when your `music_url` track played, or null for none. */
            music_track: string | null;
            /** @description The filter whose render look (colour grade and overlay) the built-in video shows, or null. The Banuba effect for the app is separate. */
            filter_applied: string | null;
            detail: string | null;
            /**
             * @description The provider that made the video.
             * @enum {string}
             */
            provider: "builtin" | "revid";
            /** @description The narrated roast once written (in the narration language once translated); null before. */
            script: string | null;
            /** @description Who wrote `script`: `bedrock`, `template` or `verbatim` (text_mode script); null before. */
            writer: ("bedrock" | "template" | "verbatim") | null;
            /** @description The pet class `script` roasts: the species the prompt names when it names one (the user's word wins over the detector), else the detected class; null before the script is written and for `text_mode: "script"`. */
            script_subject: ("bird" | "cat" | "dog" | "horse" | "sheep" | "cow" | "elephant" | "bear" | "zebra" | "giraffe") | null;
            narration: components["schemas"]["NarrationOutput"];
        };
        NarrationOutput: {
            /**
             * @description ISO 639-1 code.
             * @enum {string}
             */
            language: "en" | "hi" | "bn" | "ta" | "te" | "ml" | "kn" | "gu" | "mr" | "pa" | "or" | "as" | "ur";
            /**
             * @description The speech provider that actually spoke, after any fail-over.
             * @enum {string}
             */
            provider: "polly" | "bhashini" | "google" | "espeak";
            /** @description The provider's voice id (e.g. Kajal, hi-IN-Wavenet-A, espeak-ng's hi). */
            voice: string;
            /** @description Present and true when the provider was a local simulator. */
            simulated?: boolean;
        } | null;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: {
                /** @description Also check the table, the queues and the detector. */
                deep?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "0.1.0"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A dependency failed. */
            503: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document (OpenAPI 3.1 JSON). */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    apiDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    apiDocsAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File name, e.g. scalar-0.1.0.js. */
                asset: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description not_found: no such asset. */
            404: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "not_found",
                     *         "message": "No route for '/docs/not-an-asset'."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    banubaFilters: {
        parameters: {
            query?: {
                /** @description Only filters suited to this pet, best first. */
                pet?: "bird" | "cat" | "dog" | "horse" | "sheep" | "cow" | "elephant" | "bear" | "zebra" | "giraffe";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filters. */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "filters": [
                     *         {
                     *           "id": "pet-maharaja",
                     *           "name": "Pet Maharaja",
                     *           "description": "Regal royalty with ornate accessories: turban, jewels and a throne.",
                     *           "pets": [
                     *             "cat",
                     *             "elephant",
                     *             "dog",
                     *             "horse",
                     *             "bird"
                     *           ],
                     *           "tags": [
                     *             "royal",
                     *             "accessories",
                     *             "ornate"
                     *           ],
                     *           "ar_cloud": false,
                     *           "preview_url": null
                     *         },
                     *         {
                     *           "id": "chai-break",
                     *           "name": "Chai Break",
                     *           "description": "A steaming cutting-chai glass and a sleepy-eyes overlay for lazy pets.",
                     *           "pets": [
                     *             "cat",
                     *             "dog"
                     *           ],
                     *           "tags": [
                     *             "cozy",
                     *             "sleepy",
                     *             "props"
                     *           ],
                     *           "ar_cloud": false,
                     *           "preview_url": null
                     *         },
                     *         {
                     *           "id": "desi-fire",
                     *           "name": "Desi Fire",
                     *           "description": "Spicy overlays and glow effects for dramatic roasts.",
                     *           "pets": [
                     *             "dog",
                     *             "cat",
                     *             "bird",
                     *             "cow",
                     *             "horse",
                     *             "sheep"
                     *           ],
                     *           "tags": [
                     *             "roast",
                     *             "fire",
                     *             "glow",
                     *             "dramatic"
                     *           ],
                     *           "ar_cloud": true,
                     *           "preview_url": "http://127.0.0.1:37487/petroast-44061-mediabucket4022ebbf/effects/desi-fire/5fbc2cb5eca6299a7bbddf479b9878a5/desi-fire.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=testing%2F20261207%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T195904Z&X-Amz-Expires=7200&X-Amz-Signature=491da4b4b15068ffa31ee4cad5ea4076640c3e7c5b4e0a4640f481ad2dd22da6&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject"
                     *         },
                     *         {
                     *           "id": "bollywood-burn",
                     *           "name": "Bollywood Burn",
                     *           "description": "Cinematic lighting and spark particles for a filmi entrance.",
                     *           "pets": [
                     *             "dog",
                     *             "cat",
                     *             "horse",
                     *             "bird",
                     *             "cow",
                     *             "elephant"
                     *           ],
                     *           "tags": [
                     *             "cinematic",
                     *             "sparks",
                     *             "lighting",
                     *             "music"
                     *           ],
                     *           "ar_cloud": false,
                     *           "preview_url": null
                     *         },
                     *         {
                     *           "id": "rangoli-wings",
                     *           "name": "Rangoli Wings",
                     *           "description": "Colourful rangoli patterns that bloom into wings around the pet.",
                     *           "pets": [
                     *             "bird",
                     *             "cat",
                     *             "dog"
                     *           ],
                     *           "tags": [
                     *             "festive",
                     *             "colour",
                     *             "wings"
                     *           ],
                     *           "ar_cloud": false,
                     *           "preview_url": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FiltersResponse"];
                };
            };
            /** @description forbidden: missing or invalid API key. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    arCloudManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The deployment's AR Cloud id (AR_CLOUD_ID). */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The manifest, in Banuba's exact shape. */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "effects": [
                     *         {
                     *           "URL": "http://127.0.0.1:37487/petroast-44061-mediabucket4022ebbf/effects/desi-fire/5fbc2cb5eca6299a7bbddf479b9878a5/desi-fire.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=testing%2F20261207%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T195904Z&X-Amz-Expires=7200&X-Amz-Signature=fa51baf3114f66434e831bd90a01ec0129e65f63cfb4b452879fed1ab8244dd2&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject",
                     *           "Preview": "http://127.0.0.1:37487/petroast-44061-mediabucket4022ebbf/effects/desi-fire/5fbc2cb5eca6299a7bbddf479b9878a5/desi-fire.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=testing%2F20261207%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T195904Z&X-Amz-Expires=7200&X-Amz-Signature=491da4b4b15068ffa31ee4cad5ea4076640c3e7c5b4e0a4640f481ad2dd22da6&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject",
                     *           "ETag": "\"5fbc2cb5eca6299a7bbddf479b9878a5\""
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ArCloudManifest"];
                };
            };
            /** @description not_found: unknown id, or AR Cloud is off. */
            404: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "not_found",
                     *         "message": "No such route."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The id is malformed. */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    translateText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Your dog is a couch potato.",
                 *       "source_lang": "en",
                 *       "target_lang": "hi"
                 *     }
                 */
                "application/json": components["schemas"]["TranslateRequest"];
            };
        };
        responses: {
            /** @description The translation. */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translated_text": "[ⓢⓘⓜ] यओउर दओग इस अ कओउकह पओतअतओ।",
                     *       "source_language": "en",
                     *       "target_language": "hi",
                     *       "task": "translation",
                     *       "provider_metadata": {
                     *         "provider": "indictrans2",
                     *         "model": "indictrans2-simulator",
                     *         "latency_ms": 245,
                     *         "cached": false,
                     *         "simulated": true,
                     *         "failover": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TranslateResponse"];
                };
            };
            /** @description unsupported_language (names the field) or unsupported_task. */
            400: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "unsupported_language",
                     *         "message": "Language 'xx' in 'target_lang' is not supported.",
                     *         "field": "target_lang"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: missing or invalid API key. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the request body is over 256 KiB. */
            413: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "payload_too_large",
                     *         "message": "The request body is larger than 262144 bytes."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description translation_provider_error: every provider of the pair's route failed (after retries and fail-over; `attempted` lists them); safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description provider_not_configured: no configured provider serves this language pair; the message names the setting to add. */
            503: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    detectPets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "upload_key": "uploads/25bf8e1a2393f1108d37029b3df55932/01M991D8Z3D33D0MXCJX2PJR37/image"
                 *     }
                 */
                "application/json": components["schemas"]["DetectPetsRequest"];
            };
        };
        responses: {
            /** @description The verdict (has_pets may be false). */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "has_pets": true,
                     *       "pets": [
                     *         {
                     *           "label": "dog",
                     *           "confidence": 0.83,
                     *           "box": {
                     *             "x": 133,
                     *             "y": 207,
                     *             "width": 192,
                     *             "height": 336
                     *           }
                     *         }
                     *       ],
                     *       "media": {
                     *         "kind": "image",
                     *         "format": "jpeg",
                     *         "width": 768,
                     *         "height": 576,
                     *         "frames_checked": 1
                     *       },
                     *       "model": {
                     *         "name": "yolox-nano-coco-416>yolov8n-coco-int8",
                     *         "threshold": 0.5
                     *       },
                     *       "timings_ms": {
                     *         "fetch": 43.3,
                     *         "decode": 114.7,
                     *         "inference": 108.8,
                     *         "total": 268
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DetectPetsResponse"];
                };
            };
            /** @description no_pets_detected, invalid_media, media_unreachable, media_too_large or unsupported_media_type. */
            400: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: missing or invalid API key. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the request body is over 256 KiB. */
            413: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "payload_too_large",
                     *         "message": "The request body is larger than 262144 bytes."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description detector_error: the detector failed; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content_type": "image/jpeg"
                 *     }
                 */
                "application/json": components["schemas"]["UploadRequest"];
            };
        };
        responses: {
            /** @description The form to POST the file with. */
            201: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "upload_key": "uploads/25bf8e1a2393f1108d37029b3df55932/01M991D8Z3D33D0MXCJX2PJR37/image",
                     *       "url": "http://127.0.0.1:37487/petroast-44061-mediabucket4022ebbf",
                     *       "fields": {
                     *         "Content-Type": "image/jpeg",
                     *         "x-amz-meta-client-id": "local",
                     *         "bucket": "petroast-44061-mediabucket4022ebbf",
                     *         "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
                     *         "X-Amz-Credential": "testing/20261207/us-east-1/s3/aws4_request",
                     *         "X-Amz-Date": "20261207T195905Z",
                     *         "key": "uploads/25bf8e1a2393f1108d37029b3df55932/01M991D8Z3D33D0MXCJX2PJR37/image",
                     *         "Policy": "eyJleHBpcmF0aW9uIjoiMjAyNi0xMi0wN1QyMDoxNDowNVoiLCJjb25kaXRpb25zIjpbWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsMSwxNTcyODY0MF0sWyJlcSIsIiRDb250ZW50LVR5cGUiLCJpbWFnZS9qcGVnIl0sWyJlcSIsIiR4LWFtei1tZXRhLWNsaWVudC1pZCIsImxvY2FsIl0seyJDb250ZW50LVR5cGUiOiJpbWFnZS9qcGVnIn0seyJ4LWFtei1tZXRhLWNsaWVudC1pZCI6ImxvY2FsIn0seyJidWNrZXQiOiJwZXRyb2FzdC00NDA2MS1tZWRpYWJ1Y2tldDQwMjJlYmJmIn0seyJYLUFtei1BbGdvcml0aG0iOiJBV1M0LUhNQUMtU0hBMjU2In0seyJYLUFtei1DcmVkZW50aWFsIjoidGVzdGluZy8yMDI2MTIwNy91cy1lYXN0LTEvczMvYXdzNF9yZXF1ZXN0In0seyJYLUFtei1EYXRlIjoiMjAyNjEyMDdUMTk1OTA1WiJ9LHsia2V5IjoidXBsb2Fkcy8yNWJmOGUxYTIzOTNmMTEwOGQzNzAyOWIzZGY1NTkzMi8wMU05OTFEOFozRDMzRDBNWENKWDJQSlIzNy9pbWFnZSJ9XX0=",
                     *         "X-Amz-Signature": "6312d881539d7695fd6004f9a3d1505efa10dae1e479853f544799fe3b3b01e7"
                     *       },
                     *       "expires_in": 900,
                     *       "max_bytes": 15728640
                     *     }
                     */
                    "application/json": components["schemas"]["UploadResponse"];
                };
            };
            /** @description forbidden: missing or invalid API key. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the request body is over 256 KiB. */
            413: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "payload_too_large",
                     *         "message": "The request body is larger than 262144 bytes."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    generateVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same body within 24 h returns the first answer and creates no second job; with another body it is a 409 idempotency_conflict. 1-255 printable ASCII characters. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Roast my lazy dog who sleeps all day!",
                 *       "upload_key": "uploads/25bf8e1a2393f1108d37029b3df55932/01M991D8Z3D33D0MXCJX2PJR37/image",
                 *       "metadata": {
                 *         "order": "42"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["GenerateVideoRequest"];
            };
        };
        responses: {
            /** @description The job was accepted. */
            202: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "job_id": "job_01M991D9GZF3VCJ36N562KMCYW",
                     *       "status": "queued",
                     *       "detected_pets": [
                     *         {
                     *           "label": "dog",
                     *           "confidence": 0.83
                     *         }
                     *       ],
                     *       "recommended_filters": [
                     *         "cricket-commentator",
                     *         "desi-fire",
                     *         "pet-maharaja"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GenerateVideoResponse"];
                };
            };
            /** @description inappropriate_text (slurs, hate or sexual content in `text`; checked before the media is fetched), no_pets_detected, invalid_media, media_unreachable, media_too_large or unsupported_media_type. */
            400: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description forbidden: missing or invalid API key. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_conflict: the key was used with another body. */
            409: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "idempotency_conflict",
                     *         "message": "This Idempotency-Key was already used with a different request body."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the request body is over 256 KiB. */
            413: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "payload_too_large",
                     *         "message": "The request body is larger than 262144 bytes."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema (`issues` names each field); or script_too_long: a `text_mode: "script"` text longer than one video can narrate in the language it is written in (at most 60 s at the slowest voice's measured speaking rate, sped up at most 1.25×; `limit_characters` gives the limit for this script, `characters` its length; see docs/api-contract.md "Script length"); or script_language_mismatch: a `text_mode: "script"` text not written in the script of its `source_lang` (e.g. Tamil letters with `source_lang: "en"`; `expected_script`, `found_script`; see docs/api-contract.md "Script language"). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description detector_error: the detector failed; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    videoStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id, e.g. job_01JD3YQ5Z8M2W4V6T7R9P0K1C3. */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "job_id": "job_01M991D9GZF3VCJ36N562KMCYW",
                     *       "status": "completed",
                     *       "detail": null,
                     *       "progress": 100,
                     *       "updated_at": "2026-12-07T19:59:43.240Z",
                     *       "language": "en",
                     *       "filter_id": null,
                     *       "metadata": {
                     *         "order": "42"
                     *       },
                     *       "provider": "builtin",
                     *       "script": "Today we roast this dog, and honestly, this dog made this far too easy for us. This dog's daily workout is rolling from one sunny spot to the next one. This dog chases the same tail every single day and loses every single time. Love you, this dog. Now please go practise being a normal dog.",
                     *       "writer": "template",
                     *       "script_subject": "dog",
                     *       "narration": null
                     *     }
                     */
                    "application/json": components["schemas"]["VideoStatusResponse"];
                };
            };
            /** @description forbidden: missing or invalid API key. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description job_not_found */
            404: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "job_not_found",
                     *         "message": "No job with id 'job_01M991D9GZF3VCJ36N562KMCYW'."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    videoResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id, e.g. job_01JD3YQ5Z8M2W4V6T7R9P0K1C3. */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The video. */
            200: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "job_id": "job_01M991D9GZF3VCJ36N562KMCYW",
                     *       "status": "completed",
                     *       "video_url": "http://127.0.0.1:37487/petroast-44061-mediabucket4022ebbf/videos/job_01M991D9GZF3VCJ36N562KMCYW/roast.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=testing%2F20261207%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T195943Z&X-Amz-Expires=86400&X-Amz-Signature=df786e2cf534813d5a59f2aebbbe96c68864415f0a41161d26fb10c261ae7be8&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject",
                     *       "thumbnail_url": "http://127.0.0.1:37487/petroast-44061-mediabucket4022ebbf/videos/job_01M991D9GZF3VCJ36N562KMCYW/thumbnail.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=testing%2F20261207%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T195943Z&X-Amz-Expires=86400&X-Amz-Signature=7ec4eeca0c07d4046686c32155a8ad90ae0c0a0e92acca86856feba9a33e42c8&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject",
                     *       "duration_s": 20.5,
                     *       "subtitles_url": null,
                     *       "music_track": null,
                     *       "filter_applied": null,
                     *       "detail": null,
                     *       "provider": "builtin",
                     *       "script": "Today we roast this dog, and honestly, this dog made this far too easy for us. This dog's daily workout is rolling from one sunny spot to the next one. This dog chases the same tail every single day and loses every single time. Love you, this dog. Now please go practise being a normal dog.",
                     *       "writer": "template",
                     *       "script_subject": "dog",
                     *       "narration": null
                     *     }
                     */
                    "application/json": components["schemas"]["VideoResultResponse"];
                };
            };
            /** @description forbidden: missing or invalid API key. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description job_not_found */
            404: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description video_not_ready (with status) or video_failed (with reason). */
            409: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "video_not_ready",
                     *         "message": "The video is not ready yet (status 'queued').",
                     *         "status": "queued"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id, e.g. job_01JD3YQ5Z8M2W4V6T7R9P0K1C3. */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased. */
            204: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description forbidden: missing or invalid API key. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description job_not_found */
            404: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description validation_error: the request does not match the schema; `issues` names each field (e.g. `body.callback_url`). */
            422: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "validation_error",
                     *         "message": "The request does not match the schema.",
                     *         "issues": [
                     *           {
                     *             "path": "body.callback_url",
                     *             "message": "callback_url must be an https URL"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revidWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Received. */
            202: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description forbidden: bad or missing token. */
            403: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "forbidden",
                     *         "message": "Missing or invalid credentials (x-api-key or Authorization: Bearer)."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large: the request body is over 256 KiB. */
            413: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "payload_too_large",
                     *         "message": "The request body is larger than 262144 bytes."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: throttled by the stage limit or the API key quota is used up; retry later. */
            429: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    "retry-after"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: an unexpected error; safe to retry. */
            500: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description internal_error: the gateway could not run the function; safe to retry. */
            502: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description timeout: the request took too long; safe to retry. */
            504: {
                headers: {
                    /** @description The request's id: the caller's `x-request-id` when it is 1-128 of `[A-Za-z0-9._:-]`, else a new one. Quote it in support requests. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    videoCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Event id (`msg_` + ULID); the same on every retry of one event: dedupe on it. */
                "webhook-id": string;
                /** @description Unix seconds of this attempt; reject deliveries more than 5 minutes off. */
                "webhook-timestamp": string;
                /** @description Standard Webhooks v1: space-separated `v1,<base64 HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<raw body>")>`, one per active signing secret (`whsec_…`, key = base64-decoded rest). Verify with the `standardwebhooks` library. */
                "webhook-signature": string;
                /** @description Legacy: lower-case hex HMAC-SHA256 of the raw body with the first secret. Signs no timestamp, so prefer `webhook-signature`. */
                "x-revid-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "video.completed",
                 *       "timestamp": "2026-12-07T19:59:43.240Z",
                 *       "data": {
                 *         "job_id": "job_01M991D9GZF3VCJ36N562KMCYW",
                 *         "status": "completed",
                 *         "video_url": "http://127.0.0.1:37487/petroast-44061-mediabucket4022ebbf/videos/job_01M991D9GZF3VCJ36N562KMCYW/roast.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=testing%2F20261207%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T195943Z&X-Amz-Expires=86400&X-Amz-Signature=df786e2cf534813d5a59f2aebbbe96c68864415f0a41161d26fb10c261ae7be8&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject",
                 *         "subtitles_url": null,
                 *         "music_track": null,
                 *         "detail": null,
                 *         "detected_pets": [
                 *           {
                 *             "label": "dog",
                 *             "confidence": 0.83
                 *           }
                 *         ],
                 *         "metadata": {
                 *           "order": "42"
                 *         },
                 *         "script": "Today we roast this dog, and honestly, this dog made this far too easy for us. This dog's daily workout is rolling from one sunny spot to the next one. This dog chases the same tail every single day and loses every single time. Love you, this dog. Now please go practise being a normal dog.",
                 *         "writer": "template",
                 *         "script_subject": "dog",
                 *         "narration": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CallbackEvent"];
            };
        };
        responses: {
            /** @description Any 2xx ends delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the receiver no longer wants this event; delivery stops. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried after `Retry-After` (or the backoff). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried after `Retry-After` (or the backoff). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
