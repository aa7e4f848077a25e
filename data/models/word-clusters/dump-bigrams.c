/* Dump the bigrams of a sphinxbase trie language model as "log10 P(w2|w1) TAB w1 TAB w2" lines on stdout,
 * and its unigrams as "log10 P(w) TAB w" lines into UNIGRAMS. sphinx_lm_convert's ARPA writer stops on an
 * assertion for en-us.lm.bin (6 of its 2,051,547 bigrams are not reached by the trie walk), so this walks
 * the trie itself with the library's lm_trie_fill_raw_ngram. Build and run: see README.md.
 * usage: dump-bigrams LM.bin UNIGRAMS.tsv > BIGRAMS.tsv */
#include <stdio.h>
#include <stdlib.h>
#include <sphinxbase/ngram_model.h>
#include <sphinxbase/logmath.h>
#include <sphinxbase/cmd_ln.h>
#include "ngram_model_internal.h"
#include "ngram_model_trie.h"
#include "lm_trie.h"
int main(int argc, char **argv) {
    logmath_t *lmath = logmath_init(1.0001, 0, 0);
    ngram_model_t *base = ngram_model_read(NULL, argv[1], NGRAM_BIN, lmath);
    ngram_model_trie_t *model = (ngram_model_trie_t *) base;
    if (argc > 2) {
        FILE *u = fopen(argv[2], "w");
        for (uint32 j = 0; j < base->n_counts[0]; j++)
            fprintf(u, "%.4f\t%s\n", logmath_log_float_to_log10(base->lmath, model->trie->unigrams[j].prob), base->word_str[j]);
        fclose(u);
    }
    int order = 2;
    size_t cap = (size_t) base->n_counts[1] * 2 + 1000;
    ngram_raw_t *raw = calloc(cap, sizeof(ngram_raw_t));
    uint32 idx = 0, hist[NGRAM_MAX_ORDER];
    node_range_t range; range.begin = range.end = 0;
    lm_trie_fill_raw_ngram(model->trie, raw, &idx, base->n_counts, range, hist, 0, order, base->n);
    fprintf(stderr, "unigrams %u bigrams declared %u filled %u\n", base->n_counts[0], base->n_counts[1], idx);
    for (uint32 j = 0; j < idx; j++)
        printf("%.4f\t%s\t%s\n", logmath_log_float_to_log10(base->lmath, raw[j].prob),
               base->word_str[raw[j].words[0]], base->word_str[raw[j].words[1]]);
    return 0;
}
