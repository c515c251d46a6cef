using Dukaan.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Tests.Data;

public sealed class MigrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Migrations_OnEmptyDatabase_CreateEveryTable()
    {
        await using var db = await database.Writes.CreateDbContextAsync();

        var pending = await db.Database.GetPendingMigrationsAsync();
        var applied = await db.Database.GetAppliedMigrationsAsync();

        Assert.Empty(pending);
        Assert.NotEmpty(applied);
        Assert.Equal(0, await db.Shops.CountAsync());
    }
}
