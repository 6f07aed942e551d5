#!/usr/bin/env bash
# Integration guide examples with curl (and jq for the upload). Quoted verbatim by
# docs/integration-guide.md; test/unit/examples/guide.test.ts runs each region against a fake and
# test/integration/examples/cli.test.ts against the local service, with PET_ROAST_API_URL,
# PET_ROAST_API_KEY, IMAGE_URL, CALLBACK_URL, UPLOAD_KEY and JOB_ID set.
set -euo pipefail

# region health
curl -fsS "$PET_ROAST_API_URL/healthz?deep=true"
# endregion health

# region openapi
curl -fsS "$PET_ROAST_API_URL/openapi.json" | jq -r '.paths | keys[]'
# endregion openapi

# region filters
curl -fsS "$PET_ROAST_API_URL/api/banuba-filters?pet=dog" -H "x-api-key: $PET_ROAST_API_KEY"
# endregion filters

# region translate
curl -fsS -X POST "$PET_ROAST_API_URL/api/translate-text" \
  -H "x-api-key: $PET_ROAST_API_KEY" -H 'content-type: application/json' \
  -d '{"text": "Your dog is a couch potato.", "source_lang": "en", "target_lang": "hi"}'
# endregion translate

# region upload
TICKET=$(curl -fsS -X POST "$PET_ROAST_API_URL/api/uploads" \
  -H "x-api-key: $PET_ROAST_API_KEY" -H 'content-type: application/json' \
  -d '{"content_type": "image/jpeg"}')
# The policy fields first, the file last; no API key: this request goes to S3.
FORM=()
while IFS=$'\t' read -r name value; do FORM+=(--form-string "$name=$value"); done \
  < <(jq -r '.fields | to_entries[] | [.key, .value] | @tsv' <<<"$TICKET")
curl -fsS "${FORM[@]}" -F "file=@dog.jpg;type=image/jpeg" "$(jq -r .url <<<"$TICKET")"
UPLOAD_KEY=$(jq -r .upload_key <<<"$TICKET")
echo "$UPLOAD_KEY"
# endregion upload

# region detect
curl -fsS -X POST "$PET_ROAST_API_URL/api/detect-pets" \
  -H "x-api-key: $PET_ROAST_API_KEY" -H 'content-type: application/json' \
  -d "{\"upload_key\": \"$UPLOAD_KEY\"}"
# endregion detect

# region generate
# IMAGE_URL: the https URL of your user's photo; CALLBACK_URL: your receiver (section 5)
curl -fsS -X POST "$PET_ROAST_API_URL/api/generate-video" \
  -H "x-api-key: $PET_ROAST_API_KEY" -H 'content-type: application/json' \
  -H 'Idempotency-Key: post-p_981' \
  -d "$(jq -n --arg image "$IMAGE_URL" --arg callback "$CALLBACK_URL" '{
    text: "Roast my lazy dog who sleeps all day!",
    image_url: $image,
    language: "hi", source_lang: "en", filter_id: "desi-fire",
    callback_url: $callback,
    metadata: {post_id: "p_981", user_id: "u123"}
  }')"
# endregion generate

# region status
curl -fsS "$PET_ROAST_API_URL/api/video-status/$JOB_ID" -H "x-api-key: $PET_ROAST_API_KEY"
# endregion status

# region result
curl -fsS "$PET_ROAST_API_URL/api/video-result/$JOB_ID" -H "x-api-key: $PET_ROAST_API_KEY"
# endregion result

# region delete
curl -fsS -X DELETE "$PET_ROAST_API_URL/api/jobs/$JOB_ID" -H "x-api-key: $PET_ROAST_API_KEY" -o /dev/null -w '%{http_code}\n'
# endregion delete
