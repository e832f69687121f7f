"""Instruction tuning: governed chat data from the domain sets' training splits, our chat template, and
TRL's SFTTrainer on the pretrained checkpoint."""
