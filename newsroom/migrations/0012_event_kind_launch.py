from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0011_article_embargo"),
    ]

    operations = [
        migrations.AlterField(
            model_name="event",
            name="kind",
            field=models.CharField(
                choices=[
                    ("visit", "Visit"),
                    ("seminar", "Seminar"),
                    ("forum", "Forum"),
                    ("conference", "Conference"),
                    ("meeting", "Meeting"),
                    ("signing", "Signing"),
                    ("workshop", "Workshop"),
                    ("training", "Training"),
                    ("launch", "Launch"),
                    ("exhibition", "Exhibition"),
                    ("other", "Other"),
                ],
                default="other",
                max_length=20,
            ),
        ),
    ]
