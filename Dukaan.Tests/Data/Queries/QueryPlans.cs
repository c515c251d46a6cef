using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Dukaan.Tests.Data.Queries;

/// <summary>
/// While a capture is open in the current async flow, asks PostgreSQL for the plan (EXPLAIN, same text, same
/// parameters) of every query EF is about to send. Listens to EF's diagnostic events, so the app's own
/// contexts and compiled queries are observed as they are.
/// </summary>
internal sealed class QueryPlans : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<List<string>?> Current = new();
    private readonly List<IDisposable> _subscriptions = [];

    private QueryPlans()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public List<string> Plans { get; } = [];

    public static QueryPlans Begin()
    {
        var plans = new QueryPlans();
        Current.Value = plans.Plans;
        return plans;
    }

    public void Dispose()
    {
        Current.Value = null;
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuting.Name
            || value.Value is not CommandEventData data
            || Current.Value is not { } plans
            || !ReferenceEquals(plans, Plans))
        {
            return;
        }

        using var explain = new NpgsqlCommand(
            "EXPLAIN " + data.Command.CommandText, (NpgsqlConnection)data.Command.Connection!);
        foreach (NpgsqlParameter parameter in data.Command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        var plan = new StringBuilder();
        using (var reader = explain.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.AppendLine(reader.GetString(0));
            }
        }

        plans.Add(plan.ToString());
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
