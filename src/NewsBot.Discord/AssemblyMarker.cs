namespace NewsBot.Discord;

/// <summary>Anchors reflection over this assembly (architecture tests) without naming a feature type.</summary>
public static class AssemblyMarker;
