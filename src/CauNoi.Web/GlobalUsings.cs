global using CauNoi.Web.Data;
global using CauNoi.Web.Shared;
global using Microsoft.EntityFrameworkCore;
global using CauNoi.Web.Shared.Workflow;
