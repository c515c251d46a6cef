using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dukaan.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrderStockTakenAndUpiPayee : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "upi_payee",
                table: "orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "stock_taken",
                table: "order_lines",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Orders placed before this column: keep the old behaviour (counted products get their units back)
            // and pay to the UPI ID the shop has now.
            migrationBuilder.Sql(
                "UPDATE order_lines l SET stock_taken = true FROM products p "
                + "WHERE p.id = l.product_id AND p.stock IS NOT NULL;");
            migrationBuilder.Sql(
                "UPDATE orders o SET upi_payee = s.upi_id FROM shops s "
                + "WHERE s.id = o.shop_id AND o.payment_method = 'Upi';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "upi_payee",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "stock_taken",
                table: "order_lines");
        }
    }
}
