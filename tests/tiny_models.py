"""A random tiny Llama with a byte-level BPE fitted on the test's own text: hermetic checkpoints for tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path


def save_tiny_llama(
    out: Path,
    corpus: Iterable[str],
    *,
    vocab_size: int,
    special_tokens: Sequence[str],
    bos: str,
    eos: str,
    pad: str,
) -> Path:
    """Fit the tokenizer on `corpus` (`special_tokens` take the first ids, in order), build the model with
    seed 0, and save both as a Hugging Face folder."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    bpe = Tokenizer(models.BPE())
    # Byte-level, so every string a test feeds in encodes without an unknown token.
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(special_tokens),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(list(corpus), trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=bpe, bos_token=bos, eos_token=eos, pad_token=pad)
    tokenizer.save_pretrained(out)

    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        # As the embedded model: held-out documents span several rolling windows.
        max_position_embeddings=256,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    LlamaForCausalLM(config).save_pretrained(out)
    return out
