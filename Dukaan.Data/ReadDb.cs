using Microsoft.EntityFrameworkCore;

namespace Dukaan.Data;

/// <summary>The context for reads: no tracking, served by a standby when one is up.</summary>
public sealed class ReadDb(DbContextOptions<ReadDb> options) : DukaanDb(options);
