#!/usr/bin/env bash
# Regenerates the lexicon's dictionary word lists (src/main/resources/io/veille/lexicon/words/) from
# Debian's Hunspell dictionaries: hunspell-en-us (SCOWL, permissive licence) and hunspell-fr-classical
# (Grammalecte, MPL-2.0). Each language gets its common words (lower-case entries, with the inflected
# forms unmunch expands) and its proper names (capitalised English entries; French entries tagged
# po:npr or po:prn). The output is sorted, so a rerun on the same packages gives the same files.
#   apt-get install hunspell-en-us hunspell-fr-classical hunspell-tools && lexicon/scripts/dictionary-words.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/resources/io/veille/lexicon/words
dict=/usr/share/hunspell
mkdir -p "$out"
export LC_ALL=C.UTF-8

{ tail -n +2 "$dict/en_US.dic" | cut -d/ -f1; unmunch "$dict/en_US.dic" "$dict/en_US.aff" 2>/dev/null; } \
  | grep -E "^[[:lower:]][[:lower:]'-]*$" | sort -u | gzip -9n > "$out/en-common.txt.gz"
tail -n +2 "$dict/en_US.dic" | cut -d/ -f1 | grep -E "^[[:upper:]][[:alpha:]'.-]*$" | sort -u | gzip -9n > "$out/en-proper.txt.gz"

{ tail -n +2 "$dict/fr.dic" | grep -v -E "po:(npr|prn)" | cut -d/ -f1 | cut -d' ' -f1 | cut -d$'\t' -f1;
  unmunch "$dict/fr.dic" "$dict/fr.aff" 2>/dev/null; } \
  | grep -E "^[[:lower:]][[:lower:]'-]*$" | sort -u | gzip -9n > "$out/fr-common.txt.gz"
tail -n +2 "$dict/fr.dic" | grep -E "po:(npr|prn)" | cut -d/ -f1 | cut -d' ' -f1 | cut -d$'\t' -f1 \
  | grep -E "^[[:upper:]][[:alpha:]'.-]*$" | sort -u | gzip -9n > "$out/fr-proper.txt.gz"

for f in "$out"/*.txt.gz; do echo "$f: $(zcat "$f" | wc -l) words"; done
