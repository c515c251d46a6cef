namespace Dukaan.Tests.Support;

/// <summary>A clock that moves one second forward each time it is read, so creation order is unambiguous.</summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public SteppingClock()
        : this(new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() =>
        new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
