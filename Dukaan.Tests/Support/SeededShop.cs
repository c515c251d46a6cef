using Dukaan.Domain.Catalog;

namespace Dukaan.Tests.Support;

/// <summary>A shop written by <see cref="StoreSeeder"/>, with its products as written.</summary>
public sealed record SeededShop(Guid Id, string Name, string Slug, IReadOnlyList<Product> Products);
