#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz/fuzz_*.cpp) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer into build-fuzz/ (ccache keeps rebuilds quick) and runs each for a
# short time from its seed corpus (tests/fuzz/corpus/NAME/, NAME without "fuzz_"). A crash, a
# leak or a sanitizer report fails the script; the input that caused it is kept as
# build-fuzz/crash-FUZZER-*. New interesting inputs go to build-fuzz/corpus/, never into the
# committed seeds.
# usage: scripts/fuzz.sh [SECONDS per fuzzer, default 20] [extra libFuzzer flags]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTRIALDESK_FUZZ=ON -DTRIALDESK_BUILD_TESTS=ON >/dev/null
mapfile -t fuzzers < <(find tests/fuzz -maxdepth 1 -name 'fuzz_*.cpp' -printf '%f\n' |
                       sed 's/\.cpp$//' | sort)
if [ ${#fuzzers[@]} -eq 0 ]; then
    echo "fuzz: no harness in tests/fuzz" >&2
    exit 1
fi
cmake --build build-fuzz -j "$(nproc)" --target "${fuzzers[@]}"

export QT_QPA_PLATFORM=offscreen
status=0
for fuzzer in "${fuzzers[@]}"; do
    name=${fuzzer#fuzz_}
    work=build-fuzz/corpus/$name
    mkdir -p "$work"
    dirs=("$work")
    for seeds in "tests/fuzz/corpus/$name" "tests/fuzz/corpus/$fuzzer"; do
        [ -d "$seeds" ] && dirs+=("$seeds")
    done
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="build-fuzz/crash-$fuzzer-")
    [ -f "tests/fuzz/$fuzzer.dict" ] && args+=(-dict="tests/fuzz/$fuzzer.dict")
    echo "fuzz: $fuzzer for ${seconds}s"
    if ! "build-fuzz/tests/fuzz/$fuzzer" "${args[@]}" "$@" "${dirs[@]}" \
            >"build-fuzz/$fuzzer.log" 2>&1; then
        echo "fuzz: $fuzzer FAILED; the end of build-fuzz/$fuzzer.log:" >&2
        tail -40 "build-fuzz/$fuzzer.log" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_units|^Done ' "build-fuzz/$fuzzer.log" | tail -2 || true
    fi
done
exit $status
