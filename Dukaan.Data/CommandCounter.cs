using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dukaan.Data;

/// <summary>
/// Counts the SQL commands (round trips) EF Core sends within a scope of the current async flow.
/// Tests and the benchmark use it to prove a page costs the same number of queries whatever its size.
/// </summary>
public static class CommandCounter
{
    private static readonly AsyncLocal<Counter?> Current = new();

    internal static readonly IInterceptor Interceptor = new CountingInterceptor();

    /// <summary>Starts counting for the current async flow; read <see cref="Counter.Commands"/> afterwards.</summary>
    public static Counter Begin()
    {
        var counter = new Counter();
        Current.Value = counter;
        return counter;
    }

    public sealed class Counter
    {
        private int _commands;

        public int Commands => _commands;

        internal void Increment() => Interlocked.Increment(ref _commands);
    }

    private sealed class CountingInterceptor : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Current.Value?.Increment();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Current.Value?.Increment();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Current.Value?.Increment();
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            Current.Value?.Increment();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Current.Value?.Increment();
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
            CancellationToken cancellationToken = default)
        {
            Current.Value?.Increment();
            return ValueTask.FromResult(result);
        }
    }
}
