namespace NewsBot.Core;

/// <summary>Anchors reflection over this assembly (architecture tests, DI scanning) without naming a feature type.</summary>
public static class AssemblyMarker;
