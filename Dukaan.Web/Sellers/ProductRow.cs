using Dukaan.Domain.Catalog;

namespace Dukaan.Web.Sellers;

/// <summary>One product as the seller sees it in the list and in the edit form.</summary>
public sealed record ProductRow(Guid Id, string Name, Money Price, string? PhotoHash, bool SoldOut);
