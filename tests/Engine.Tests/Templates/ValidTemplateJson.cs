namespace OffeneVersammlung.Engine.Tests.Templates;

/// <summary>The smallest template the validator accepts; each test changes one thing in it and expects the validator to say so.</summary>
internal static class ValidTemplateJson
{
    public const string Text = """
        {
          "id": "offene-test",
          "name": { "de": "Test", "en": "Test" },
          "description": { "de": "Test", "en": "Test" },
          "phases": [
            { "phase": "CheckIn", "timeboxMinutes": 10, "prompt": null },
            { "phase": "TopicCollection", "timeboxMinutes": 15, "prompt": null },
            { "phase": "DotVoting", "timeboxMinutes": 5, "prompt": null },
            { "phase": "Results", "timeboxMinutes": null, "prompt": null }
          ],
          "voting": { "dotsPerPerson": 5, "maxDotsPerTopic": 3 },
          "groups": { "minSize": 3, "maxSize": 6, "groupsFromTopTopics": 4 },
          "moderateTopics": false
        }
        """;
}
