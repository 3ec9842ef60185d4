using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CauNoi.Web.Features.Promotion;

/// <summary>What the khuyến công pages' forms post, turned into the API's inputs so that both go through the same rules.</summary>
public static class PromotionForms
{
    public sealed class PlanModel
    {
        public int? Year { get; set; }
        public PlanKind? Kind { get; set; }
        public string? ProvinceCode { get; set; }
        public string? Title { get; set; }
        public string? DecisionNumber { get; set; }
        public DateOnly? DecidedOn { get; set; }
        public DateOnly? RegistrationDeadline { get; set; }
        public string? BudgetNational { get; set; }
        public string? BudgetLocal { get; set; }
        public string? BudgetCounterpart { get; set; }
        public string? Note { get; set; }
        public int? Version { get; set; }
    }

    public static PlanInput Plan(PlanModel m, ModelStateDictionary state, string prefix) => new(
        m.Year, m.Kind, m.ProvinceCode, m.Title, m.DecisionNumber, m.DecidedOn, m.RegistrationDeadline,
        Number(m.BudgetNational, state, $"{prefix}.BudgetNational"), Number(m.BudgetLocal, state, $"{prefix}.BudgetLocal"),
        Number(m.BudgetCounterpart, state, $"{prefix}.BudgetCounterpart"), m.Note, m.Version);

    public sealed class OutputModel
    {
        public int? Id { get; set; }
        public OutputKind? Kind { get; set; }
        public string? Unit { get; set; }
        public string? Description { get; set; }
        public string? Promised { get; set; }
        public string? Achieved { get; set; }
    }

    public sealed class ProposalModel
    {
        public int? PlanId { get; set; }
        public string? ProvinceCode { get; set; }
        public string? CommuneCode { get; set; }
        public ProposerKind? ProposerKind { get; set; }
        public string? ProposerName { get; set; }
        public PromotionActivity? Activity { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? BeneficiaryName { get; set; }
        public string? BeneficiaryTaxCode { get; set; }
        public string? RequestedNational { get; set; }
        public string? RequestedLocal { get; set; }
        public string? RequestedCounterpart { get; set; }
        public DateOnly? StartOn { get; set; }
        public DateOnly? EndOn { get; set; }
        public List<OutputModel> Outputs { get; set; } = [];
    }

    public static ProposalInput Proposal(ProposalModel m, ModelStateDictionary state, string prefix) => new(
        m.PlanId, m.ProvinceCode, m.CommuneCode, m.ProposerKind, m.ProposerName, m.Activity, m.Title, m.Summary, m.BeneficiaryName, m.BeneficiaryTaxCode,
        Number(m.RequestedNational, state, $"{prefix}.RequestedNational"), Number(m.RequestedLocal, state, $"{prefix}.RequestedLocal"),
        Number(m.RequestedCounterpart, state, $"{prefix}.RequestedCounterpart"), m.StartOn, m.EndOn, Outputs(m.Outputs, state, prefix));

    public sealed class StepModel
    {
        public string? Step { get; set; }
        public string? Number { get; set; }
        public DateOnly? OnDate { get; set; }
        public string? Note { get; set; }
        public int? Percent { get; set; }
        public string? Amount { get; set; }
        public string? ApprovedNational { get; set; }
        public string? ApprovedLocal { get; set; }
        public string? ApprovedCounterpart { get; set; }
        public DateOnly? StartOn { get; set; }
        public DateOnly? EndOn { get; set; }
        public List<OutputModel> Outputs { get; set; } = [];
        public int? Version { get; set; }
    }

    public static ProposalStepInput Step(StepModel m, ModelStateDictionary state, string prefix) => new(
        m.Step, m.Number, m.OnDate, m.Note, m.Percent, Number(m.Amount, state, $"{prefix}.Amount"),
        Number(m.ApprovedNational, state, $"{prefix}.ApprovedNational"), Number(m.ApprovedLocal, state, $"{prefix}.ApprovedLocal"),
        Number(m.ApprovedCounterpart, state, $"{prefix}.ApprovedCounterpart"), m.StartOn, m.EndOn,
        m.Outputs.Count == 0 ? null : Outputs(m.Outputs, state, prefix), m.Version);

    private static List<OutputInput> Outputs(List<OutputModel> outputs, ModelStateDictionary state, string prefix) =>
        [.. outputs.Select((o, i) => new OutputInput(o.Id, o.Kind, o.Unit, o.Description,
            Number(o.Promised, state, $"{prefix}.Outputs[{i}].Promised"), Number(o.Achieved, state, $"{prefix}.Outputs[{i}].Achieved")))];

    /// <summary>A number as typed on a Vietnamese form ("1.250,5" or "1250.5"); a blank one is none, one that is not a number is an error.</summary>
    public static decimal? Number(string? text, ModelStateDictionary state, string key)
    {
        var t = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (t.Length == 0) return null;
        if (t.Contains(',')) t = t.Replace(".", "").Replace(',', '.');
        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        state.AddModelError(key, $"\"{text}\" không phải là số.");
        return null;
    }

    /// <summary>An amount as a form shows it back: "1250,5".</summary>
    public static string? Show(decimal? value) => value?.ToString("0.##", VietnameseText.Culture);
}
