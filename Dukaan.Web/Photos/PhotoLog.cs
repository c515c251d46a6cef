using Dukaan.Domain.Photos;

namespace Dukaan.Web.Photos;

internal static partial class PhotoLog
{
    [LoggerMessage(EventId = 2001, EventName = "PhotoStored", Level = LogLevel.Information,
        Message = "Photo {Hash} stored: {Bytes} bytes in, {Width}x{Height} full ({FullBytes} bytes), "
            + "square {SquareBytes} bytes, {ElapsedMs} ms")]
    public static partial void PhotoStored(ILogger logger, string hash, int bytes, int width, int height,
        int fullBytes, int squareBytes, long elapsedMs);

    [LoggerMessage(EventId = 2002, EventName = "PhotoAlreadyStored", Level = LogLevel.Debug,
        Message = "Photo {Hash} was already stored")]
    public static partial void PhotoAlreadyStored(ILogger logger, string hash);

    [LoggerMessage(EventId = 2003, EventName = "PhotoRefused", Level = LogLevel.Information,
        Message = "Photo refused ({Reason}): {Bytes} bytes, sniffed as {Format}")]
    public static partial void PhotoRefused(ILogger logger, string reason, long bytes, string format);

    [LoggerMessage(EventId = 2004, EventName = "PhotoFailed", Level = LogLevel.Error,
        Message = "Photo could not be processed or saved")]
    public static partial void PhotoFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2006, EventName = "PhotoUploadInterrupted", Level = LogLevel.Warning,
        Message = "Photo upload stopped before the end")]
    public static partial void PhotoUploadInterrupted(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2005, EventName = "PhotoServedFromPrimary", Level = LogLevel.Debug,
        Message = "Photo {Hash} ({Size}) not on the read server yet; served from the primary")]
    public static partial void PhotoServedFromPrimary(ILogger logger, string hash, PhotoSize size);
}
