/*
 * espeak-ng-words: speaks UTF-8 text from stdin with libespeak-ng into a WAV file and prints when each
 * word starts (docs/renderer.md "Word timings"). The espeak-ng command line prints no timings; the
 * library's synthesis callback delivers espeakEVENT_WORD events with the word's character position in
 * the text and its audio position in milliseconds (espeak-ng speak_lib.h).
 *
 *   espeak-ng-words <voice> <words-per-minute> <out.wav> < text
 *
 * Prints one line per event on stdout:
 *   W <text_position> <length> <audio_position_ms>   text_position: 1-based, in Unicode code points
 *   N <samples> <sample_rate>                        last line: samples written
 * Exit 0 on success, 2 on bad usage, 1 when the library fails. Synthesis flags match the espeak-ng CLI
 * with `-b 1` (UTF-8 text, no SSML, pause at the end), so the audio is what `espeak-ng` would write.
 * Built by scripts/setup-system.ts and lambdas/renderer/Dockerfile: cc -O2 -o espeak-ng-words
 * espeak-ng-words.c -lespeak-ng
 */
#include <espeak-ng/speak_lib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *wav;
static unsigned long samples_written;

static void put_u32(unsigned char *p, uint32_t v) { p[0] = v; p[1] = v >> 8; p[2] = v >> 16; p[3] = v >> 24; }
static void put_u16(unsigned char *p, uint16_t v) { p[0] = v; p[1] = v >> 8; }

static void write_header(int rate, uint32_t data_bytes) {
  unsigned char h[44];
  memcpy(h, "RIFF", 4); put_u32(h + 4, 36 + data_bytes); memcpy(h + 8, "WAVEfmt ", 8);
  put_u32(h + 16, 16); put_u16(h + 20, 1); put_u16(h + 22, 1); put_u32(h + 24, rate);
  put_u32(h + 28, rate * 2); put_u16(h + 32, 2); put_u16(h + 34, 16);
  memcpy(h + 36, "data", 4); put_u32(h + 40, data_bytes);
  fseek(wav, 0, SEEK_SET);
  fwrite(h, 1, 44, wav);
}

static int on_synth(short *buffer, int count, espeak_EVENT *events) {
  if (buffer && count > 0) {
    if (fwrite(buffer, 2, (size_t)count, wav) != (size_t)count) return 1;
    samples_written += (unsigned long)count;
  }
  for (espeak_EVENT *e = events; e && e->type != espeakEVENT_LIST_TERMINATED; e++) {
    if (e->type == espeakEVENT_WORD) printf("W %d %d %d\n", e->text_position, e->length, e->audio_position);
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: espeak-ng-words <voice> <words-per-minute> <out.wav> < text\n");
    return 2;
  }
  size_t cap = 4096, len = 0;
  char *text = malloc(cap);
  size_t n;
  while (text && (n = fread(text + len, 1, cap - len - 1, stdin)) > 0) {
    len += n;
    if (cap - len < 2) text = realloc(text, cap *= 2);
  }
  if (!text) return 1;
  text[len] = 0;
  int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, 0);
  if (rate <= 0) { fprintf(stderr, "espeak_Initialize failed\n"); return 1; }
  if (espeak_SetVoiceByName(argv[1]) != EE_OK) { fprintf(stderr, "unknown voice %s\n", argv[1]); return 1; }
  espeak_SetParameter(espeakRATE, atoi(argv[2]), 0);
  wav = fopen(argv[3], "wb");
  if (!wav) { perror(argv[3]); return 1; }
  write_header(rate, 0);
  espeak_SetSynthCallback(on_synth);
  if (espeak_Synth(text, len + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakENDPAUSE, NULL, NULL) != EE_OK ||
      espeak_Synchronize() != EE_OK) {
    fprintf(stderr, "espeak_Synth failed\n");
    return 1;
  }
  write_header(rate, (uint32_t)(samples_written * 2));
  if (fclose(wav) != 0) { perror(argv[3]); return 1; }
  printf("N %lu %d\n", samples_written, rate);
  espeak_Terminate();
  return 0;
}
