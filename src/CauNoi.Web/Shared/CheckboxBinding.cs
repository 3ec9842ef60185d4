using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CauNoi.Web.Shared;

/// <summary>
/// A form's yes/no field (a checkbox posts "true", and its hidden twin "false"). A value that is neither is refused in
/// Vietnamese and the box shown unticked: ASP.NET's checkbox cannot show such a value and answered 500 instead.
/// </summary>
public sealed class CheckboxBinding : IModelBinderProvider, IModelBinder
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) && context.BindingInfo.BindingSource?.CanAcceptDataFrom(BindingSource.Form) != false ? this : null;

    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        // The ticked box and its hidden twin post "true,false"; the first says it.
        if (bool.TryParse(value.FirstValue, out var ticked))
        {
            context.ModelState.SetModelValue(context.ModelName, value);
            context.Result = ModelBindingResult.Success(ticked);
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, false, "false");
        context.ModelState.TryAddModelError(context.ModelName, $"Giá trị “{value.FirstValue}” không hợp lệ: chỉ có chọn hoặc không chọn.");
        context.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
