"""The data model the engines and language packs share: the tokenised document and the records of cues and attributions."""
