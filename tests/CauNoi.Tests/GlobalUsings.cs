global using System.Net;
global using System.Net.Http.Json;
global using CauNoi.Tests.Infrastructure;
global using Microsoft.EntityFrameworkCore;
global using Xunit;
global using CauNoi.Web.Shared;
