"""The error types a user can act on. Each message names the file, key or record at fault."""


class CharterError(Exception):
    """Base for errors reported to the user without a traceback."""


class ConfigError(CharterError):
    """A parameter, source registry or policy file is invalid."""


class PolicyError(CharterError):
    """A source's license is unknown to the policy, or the policy itself is malformed."""


class QualityGateError(CharterError):
    """The data-quality gate found violations; the build stops."""


class MixtureError(CharterError):
    """The requested mixture cannot be met within the repetition cap."""


class TokenizerError(CharterError):
    """The fitted tokenizer fails a check it is required to pass."""


class MissingArtifact(CharterError):
    """A stage's input is not where the stage that writes it puts it: that stage did not run, or its output
    was renamed without its readers."""


class MalformedArtifact(CharterError):
    """A stage's output is not what its readers expect: written by other code, or edited by hand."""
