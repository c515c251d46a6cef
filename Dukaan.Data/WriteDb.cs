using Microsoft.EntityFrameworkCore;

namespace Dukaan.Data;

/// <summary>The context for changes; always on the primary.</summary>
public sealed class WriteDb(DbContextOptions<WriteDb> options) : DukaanDb(options);
