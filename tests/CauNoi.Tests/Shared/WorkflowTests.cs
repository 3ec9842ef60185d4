using CauNoi.Web.Shared.Workflow;

namespace CauNoi.Tests.Shared;

/// <summary>The workflow machinery on a table of its own, so that what it promises a second workflow is held apart from recommendations.</summary>
public sealed class WorkflowTests
{
    private enum Door { Shut, Open, Locked }
    private enum Step { Open, Shut, LockUp }
    private sealed record Person(string Name, bool HasKey);
    private sealed class House { public Door Door { get; set; } }
    private sealed record Moment(bool Night);

    private static readonly List<string> Told = [];

    private static readonly Workflow<Step, Door, Person, House, Moment, string> Table = new(
        h => h.Door, "Không được phép.", d => $"Cửa đang {d}.",
        new(Step.Open, "Mở cửa", [Door.Shut], (_, _) => true) { To = Door.Open, Unless = (_, m) => m.Night ? "Ban đêm không mở cửa." : null },
        new(Step.Shut, "Đóng cửa", [Door.Open], (_, _) => true) { To = Door.Shut, Tell = (who, _) => { Told.Add(who); return Task.CompletedTask; } },
        new(Step.LockUp, "Khóa cửa", [Door.Shut], (p, _) => p.HasKey) { To = Door.Locked, Needs = [new("Key", "Cần chìa khóa.")], Secondary = true });

    private static readonly Person Guest = new("Khách", false), Owner = new("Chủ nhà", true);

    [Fact]
    public void ActionsAreNamedOnTheWire_InKebabCase() =>
        Assert.Equal(["open", "shut", "lock-up"], Table.Steps.Select(s => s.Wire));

    [Fact]
    public void Parse_FindsAStepByItsWireName_AndNothingElse()
    {
        Assert.Equal(Step.LockUp, Table.Parse("lock-up"));
        Assert.Null(Table.Parse("LockUp"));
        Assert.Null(Table.Parse(null));
    }

    [Fact]
    public void Allowed_IsWhoAndFromWhichStateAndTheFurtherRule_InTheTablesOrder()
    {
        var shut = new House { Door = Door.Shut };

        Assert.Equal([Step.Open, Step.LockUp], Table.Allowed(Owner, shut, new Moment(Night: false)));
        Assert.Equal([Step.LockUp], Table.Allowed(Owner, shut, new Moment(Night: true)));
        Assert.Equal([Step.Open], Table.Allowed(Guest, shut, new Moment(Night: false)));
        Assert.Empty(Table.Allowed(Owner, new House { Door = Door.Locked }, new Moment(Night: false)));
    }

    [Fact]
    public void Check_RefusesWhoFirst_AsForbidden_ThenTheState_ThenTheFurtherRule()
    {
        var notYours = Assert.Throws<WorkflowRefusal>(() => Table.Check(Step.LockUp, Guest, new House { Door = Door.Open }, new Moment(false)));
        var notNow = Assert.Throws<WorkflowRefusal>(() => Table.Check(Step.LockUp, Owner, new House { Door = Door.Open }, new Moment(false)));
        var rule = Assert.Throws<WorkflowRefusal>(() => Table.Check(Step.Open, Owner, new House { Door = Door.Shut }, new Moment(true)));

        Assert.Equal(("Không được phép.", true), (notYours.Message, notYours.Forbidden));
        Assert.Equal(("Cửa đang Open.", false), (notNow.Message, notNow.Forbidden));
        Assert.Equal(("Ban đêm không mở cửa.", false), (rule.Message, rule.Forbidden));
    }

    [Fact]
    public void Require_RefusesABlankField_WithTheRowsWords()
    {
        Assert.Equal("Cần chìa khóa.", Assert.Throws<WorkflowRefusal>(() => Table.Require(Step.LockUp, "Key", "  ")).Message);
        Assert.Equal("Cần chìa khóa.", Assert.Throws<WorkflowRefusal>(() => Table.Require(Step.LockUp, "Key", null)).Message);
        Table.Require(Step.LockUp, "Key", "chìa số 2");
    }

    [Fact]
    public async Task TellAsync_RunsTheRowsNotice_AndNothingForARowWithout()
    {
        Told.Clear();

        await Table.TellAsync(Step.Shut, "hàng xóm", TestContext.Current.CancellationToken);
        await Table.TellAsync(Step.Open, "hàng xóm", TestContext.Current.CancellationToken);

        Assert.Equal(["hàng xóm"], Told);
    }

    [Fact]
    public void ATableMissingAStep_IsRefusedWhenBuilt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Workflow<Step, Door, Person, House, Moment, string>(
            h => h.Door, "", _ => "", new Transition<Step, Door, Person, House, Moment, string>(Step.Open, "Mở cửa", [Door.Shut], (_, _) => true)));

        Assert.Contains("Shut, LockUp", error.Message);
    }
}
