using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CauNoi.Web.Shared;

/// <summary>
/// A query of a hot read compiled once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, CancellationToken, TResult}})"/>)
/// instead of built, walked for its parameters and looked up in EF's query cache at every call: on opening one
/// recommendation that work was a quarter of the app's CPU. EF ties a compiled query to the model it first ran on, and
/// there is one model per engine (a test run starts both), so it is compiled once per model.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
