global using System.Text.RegularExpressions;
global using CauNoi.Tests.Infrastructure;
global using Microsoft.Playwright;
global using Xunit;
global using static Microsoft.Playwright.Assertions;
