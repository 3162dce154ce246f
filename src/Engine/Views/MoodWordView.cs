using OffeneVersammlung.Engine.Participants;

namespace OffeneVersammlung.Engine.Views;

public sealed record MoodWordView(Mood Mood, string Word);
