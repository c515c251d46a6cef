namespace Dukaan.Data.Ordering;

/// <summary>Names of order indexes that services recognise in a <c>23505</c> unique violation.</summary>
public static class OrderIndexes
{
    /// <summary>One order per shop and checkout submission: a violation means the form was submitted twice.</summary>
    public const string IdempotencyKey = "ux_orders_shop_id_idempotency_key";
}
