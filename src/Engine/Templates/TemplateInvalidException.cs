namespace OffeneVersammlung.Engine.Templates;

public sealed class TemplateInvalidException(string reason, Exception? inner = null) : Exception(reason, inner);
