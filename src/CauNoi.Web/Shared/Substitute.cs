using System.Linq.Expressions;

namespace CauNoi.Web.Shared;

/// <summary>
/// A lambda's body with one of its parameters replaced by another expression: how a rule written once as an expression
/// (the scope rule, a task's status) is put inside a larger query, with a record or a captured value in its parameter's place.
/// </summary>
public static class Substitute
{
    public static Expression In(Expression body, ParameterExpression parameter, Expression with) => new Visitor(parameter, with).Visit(body);

    private sealed class Visitor(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
